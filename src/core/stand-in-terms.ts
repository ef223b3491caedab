import type { SearchIndex } from "./search-index.ts";
import { processTerm } from "./text/terms.ts";

/** An index term standing in for a question word. */
export interface StandInTerm {
  term: string;
  id: number;
}

/**
 * The index terms of `words` (other forms or synonyms of a question word
 * whose own term is `own`), each once and in order. Words the
 * documents never use, phrases ("rest on": no one index term) and the
 * word's own term are left out.
 */
export function standInTerms(
  index: SearchIndex,
  words: Iterable<string>,
  own: string | null,
): StandInTerm[] {
  const found = new Map<string, StandInTerm>();
  for (const word of words) {
    const term = processTerm(word);
    const id = term ? index.termId(term) : undefined;
    if (term && id !== undefined && term !== own) found.set(term, { term, id });
  }
  return [...found.values()];
}
