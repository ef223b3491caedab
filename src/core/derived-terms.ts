import type { SearchIndex } from "./search-index.ts";
import { processTerm } from "./text/terms.ts";
import { derivedWords } from "./text/wordnet.ts";
import { WordMemo } from "./word-memo.ts";

/**
 * Part credit for a passage holding a derived form of a question word
 * ("invasion" for "invade"): the same thing in another part of speech,
 * nearly as good as the word itself.
 */
export const DERIVED_CREDIT = 0.7;
/** A word's derived forms take a few reads of WordNet: remembered per index. */
const remembered = new WordMemo<SearchIndex, DerivedTerm[]>();

/** An index term derived from a question word, or the word from it. */
export interface DerivedTerm {
  term: string;
  id: number;
  credit: number;
}

/**
 * Index terms of the words WordNet derives from `word` or `word` from them
 * ("invade" → "invasion", "religious" → "religion"), other than the word's
 * own term: a stemmer leaves such pairs apart.
 */
export function derivedTerms(index: SearchIndex, word: string): DerivedTerm[] {
  return remembered.get(index, word, () => {
    const own = processTerm(word);
    const found = new Map<string, DerivedTerm>();
    for (const derived of derivedWords(word)) {
      const term = processTerm(derived);
      // A phrase ("air travel") has no one term, and finds none in the index.
      if (!term || term === own) continue;
      const id = index.termId(term);
      if (id !== undefined) found.set(term, { term, id, credit: DERIVED_CREDIT });
    }
    return [...found.values()];
  });
}
