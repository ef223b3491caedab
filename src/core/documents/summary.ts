import type { SearchIndex } from "../index/search-index.ts";
import type { Passage } from "../passages/passages.ts";

/**
 * Weight of a passage's place in its document: articles state their subject
 * first, so among equally central passages the earlier one sums it up.
 */
const LEAD_WEIGHT = 0.5;

/**
 * The passages of one document (`own`, all of its passages, in order) that
 * sum it up, most central first: a passage is central when its terms recur
 * across the document (the share of the document's passages holding each
 * of its terms, averaged), with a bonus for standing early. Extractive: the
 * document's own sentences.
 */
export function centralPassages(index: SearchIndex, own: readonly Passage[]): Passage[] {
  if (own.length === 0) return [];
  const holding = new Map<number, number>();
  const termsOf = own.map((passage) => {
    const terms = new Set<number>();
    for (const sentence of index.sentences(passage.id))
      for (const id of sentence.terms) terms.add(id);
    for (const id of terms) holding.set(id, (holding.get(id) ?? 0) + 1);
    return terms;
  });
  const scored = own.map((passage, position) => {
    const terms = termsOf[position] as Set<number>;
    let shared = 0;
    for (const id of terms) shared += ((holding.get(id) ?? 1) - 1) / own.length;
    const centrality = terms.size === 0 ? 0 : shared / Math.sqrt(terms.size);
    const lead = 1 - position / own.length;
    return { passage, score: centrality * (1 + LEAD_WEIGHT * lead) };
  });
  return scored.sort((a, b) => b.score - a.score).map(({ passage }) => passage);
}
