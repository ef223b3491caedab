import type { Query } from "./query.ts";
import { creditIn } from "./query.ts";
import type { Ranked } from "./ranking.ts";
import type { SearchIndex } from "./search-index.ts";

/**
 * Whether the documents answer the question at all, judged from evidence:
 * terms of the question found in the best passage against terms found
 * nowhere in the corpus. A question whose words are mostly unknown here
 * ("capital of France") is declined; one whose words are known but spread
 * out (a paraphrase) is answered. One matched word beside an unknown one is
 * a look-alike ("population of India"), not an answer, unless the passage
 * also holds the kind of thing asked for ("Who was Margaret's husband?"
 * beside "Malcolm married … Margaret") and the unknown word is not a name
 * the documents never mention ("president of France").
 */
export function isCovered(index: SearchIndex, query: Query, best: Ranked | undefined): boolean {
  if (!best) return false;
  const sentences = index.sentences(best.passage.id);
  const matched = query.terms.filter((term) =>
    sentences.some((sentence) => creditIn(term, sentence) > 0),
  ).length;
  const unknown = query.terms.filter(
    ({ id, variants }) => id === undefined && variants.length === 0,
  );
  if (matched === 0) return false;
  if (matched === 1 && unknown.length > 0) {
    if (!best.typed || unknown.some(({ isName }) => isName)) return false;
  }
  return unknown.length * 2 <= query.terms.length;
}
