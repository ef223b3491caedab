import type { SearchIndex } from "./search-index.ts";
import { isEnglishWord } from "./text/english-frequency.ts";

/** Words shorter than this are never corrected: too many short words are one letter apart. */
export const MIN_TYPO_LENGTH = 4;
/**
 * Words longer than this are never corrected: no English word is, and a
 * fuzzy search costs more the longer the word, so a made-up 4,000-letter
 * word costs no more than a short one.
 */
export const MAX_TYPO_LENGTH = 24;
/** At most this many corrections per word, the closest first. */
const MAX_CORRECTIONS = 3;

/** A term of the index that a misspelt question word probably means. */
export interface Correction {
  term: string;
  id: number;
  /** Letters changed, added or removed: 1 or 2. */
  edits: number;
}

/** Edits allowed for a word of `length` letters: one up to 4 letters, two from 5 on. */
export function maxEditsFor(length: number): number {
  return length >= 5 ? 2 : 1;
}

/**
 * What `word` (as typed, its index term `term`) probably means when the
 * documents never use it and it is no English word either ("alepo",
 * "khameini", "lybia"): the index terms fewest edits away, at most
 * {@link maxEditsFor} its length. Empty for English words, names with
 * digits, and words outside {@link MIN_TYPO_LENGTH}–{@link MAX_TYPO_LENGTH}.
 */
export function typoCorrections(index: SearchIndex, word: string, term: string): Correction[] {
  if (word.length < MIN_TYPO_LENGTH || word.length > MAX_TYPO_LENGTH) return [];
  if (/\d/.test(word) || term.length > MAX_TYPO_LENGTH || isEnglishWord(word)) return [];
  const limit = maxEditsFor(word.length);
  for (let edits = 1; edits <= limit; edits += 1) {
    const found = index.closeSpellings(term, edits);
    if (found.length === 0) continue;
    return found
      .sort((a, b) => index.passagesWith(b.id) - index.passagesWith(a.id))
      .slice(0, MAX_CORRECTIONS)
      .map(({ term: corrected, id }) => ({ term: corrected, id, edits }));
  }
  return [];
}
