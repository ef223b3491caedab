import type { SearchIndex } from "./search-index.ts";
import type { StandInTerm } from "./stand-in-terms.ts";
import { standInTerms } from "./stand-in-terms.ts";
import { processTerm } from "./text/terms.ts";
import { derivedWords } from "./text/wordnet.ts";
import { WordMemo } from "./word-memo.ts";

/** A word's derived forms take a few reads of WordNet: remembered per index. */
const remembered = new WordMemo<SearchIndex, StandInTerm[]>();

/**
 * Index terms of the words WordNet derives from `word` or `word` from them
 * ("invade" → "invasion", "religious" → "religion"), other than the word's
 * own term: a stemmer leaves such pairs apart.
 */
export function derivedTerms(index: SearchIndex, word: string): StandInTerm[] {
  return remembered.get(index, word, () =>
    standInTerms(index, derivedWords(word), processTerm(word)),
  );
}
