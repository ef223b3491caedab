import type { SearchIndex } from "./search-index.ts";
import { pairId } from "./search-index.ts";
import { processTerm, tokenize } from "./text/terms.ts";
import type { Relation } from "./text/wordnet.ts";
import { relatedWords } from "./text/wordnet.ts";
import { WordMemo } from "./word-memo.ts";

/**
 * How close each relation is, closest first: a synonym nearly says the same,
 * a broader or narrower word less so. Only the order is used here (which
 * relatives are kept); what a relative is worth is fitted.
 */
const CLOSENESS: Readonly<Record<Relation, number>> = {
  synonym: 2,
  broader: 1,
  narrower: 1,
  whole: 1,
};
/** At most this many related terms per question word, the closest relation first. */
const MAX_RELATED_TERMS = 4;
/** A word's relatives take a hundred reads of WordNet: remembered per index. */
const remembered = new WordMemo<SearchIndex, RelatedTerm[]>();

/** An index term (or two-word phrase) related to a question word the documents lack. */
export interface RelatedTerm {
  /** The term, or a phrase's rarer term (which retrieves it). */
  term: string;
  id: number;
  relation: Relation;
  /** For a two-word phrase ("Middle East"), its pair id: a sentence must hold both words in order. */
  pair?: number;
}

/**
 * Index terms related to `word`, a question word the documents never use:
 * its WordNet synonyms, broader and narrower words that the documents do use
 * ("weapons" → "arms", "America" → "U.S.", "warplanes" → "fighter",
 * "mideast" → "Middle East"). A two-word phrase counts only where both words
 * stand together: either alone would match other things.
 */
export function relatedTerms(index: SearchIndex, word: string): RelatedTerm[] {
  return remembered.get(index, word, () => findRelatedTerms(index, word));
}

function findRelatedTerms(index: SearchIndex, word: string): RelatedTerm[] {
  const found = new Map<string, RelatedTerm>();
  for (const { word: related, relation } of relatedWords(word)) {
    const terms = tokenize(related).map((part) => processTerm(part));
    const ids = terms.map((term) => (term ? index.termId(term) : undefined));
    const closeness = CLOSENESS[relation];
    let candidate: RelatedTerm | undefined;
    const [first, second] = ids;
    if (terms.length === 1 && first !== undefined) {
      candidate = { term: terms[0] as string, id: first, relation };
    } else if (terms.length === 2 && first !== undefined && second !== undefined) {
      // A phrase is retrieved by its rarer word and counts only where both stand together.
      const rarer = index.passagesWith(first) <= index.passagesWith(second) ? 0 : 1;
      const key = terms.join(" ");
      candidate = {
        term: terms[rarer] as string,
        id: ids[rarer] as number,
        relation,
        pair: pairId(first, second),
      };
      const known = found.get(key);
      if (!known || CLOSENESS[known.relation] < closeness) found.set(key, candidate);
      continue;
    }
    if (!candidate) continue;
    const known = found.get(candidate.term);
    if (!known || CLOSENESS[known.relation] < closeness) found.set(candidate.term, candidate);
  }
  return [...found.values()]
    .sort((a, b) => CLOSENESS[b.relation] - CLOSENESS[a.relation])
    .slice(0, MAX_RELATED_TERMS);
}
