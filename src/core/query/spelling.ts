import { swapAwareDistance } from "../english/edit-distance.ts";
import { isEnglishWord } from "../english/english-frequency.ts";
import { WordMemo } from "../english/word-memo.ts";
import type { SearchIndex } from "../index/search-index.ts";
import type { SurfaceVocabulary } from "../index/surface-vocabulary.ts";

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
/**
 * Most edits a correction may be from the question word: a word three edits
 * off is seldom the word meant, and the fuzzy search costs more with each
 * edit allowed.
 */
const MAX_EDITS = 2;
/**
 * Words of at least this many letters may be {@link MAX_EDITS} edits off,
 * shorter ones one: a short word two edits off is another word more often
 * than the word meant.
 */
const TWO_EDITS_FROM_LENGTH = 5;
/** A fuzzy search is the costliest step of reading a question: remembered per vocabulary. */
const remembered = new WordMemo<SurfaceVocabulary, Correction[]>();

/** A term of the index that a misspelt question word probably means. */
export interface Correction {
  term: string;
  id: number;
  /** Letters changed, added or removed: 1 or 2. */
  edits: number;
}

/** Edits allowed for a word of `length` letters: one up to 4 letters, two from 5 on. */
export function maxEditsFor(length: number): number {
  return length >= TWO_EDITS_FROM_LENGTH ? MAX_EDITS : 1;
}

/** Whether `word` is worth correcting: not English, no digits, of a length words have. */
export function mayBeMisspelt(word: string): boolean {
  return (
    word.length >= MIN_TYPO_LENGTH &&
    word.length <= MAX_TYPO_LENGTH &&
    !/\d/.test(word) &&
    !isEnglishWord(word)
  );
}

/**
 * What `word` probably means when the documents never use it and it is no
 * English word either ("alepo", "khameini", "commissiond"): the index terms
 * of the documents' written words fewest edits away, at most
 * {@link maxEditsFor} its length. Empty for words {@link mayBeMisspelt} rejects.
 */
export function typoCorrections(
  index: SearchIndex,
  vocabulary: SurfaceVocabulary,
  word: string,
): Correction[] {
  if (!mayBeMisspelt(word)) return [];
  return remembered.get(vocabulary, word, () => closestTerms(index, vocabulary, word));
}

function closestTerms(
  index: SearchIndex,
  vocabulary: SurfaceVocabulary,
  word: string,
): Correction[] {
  const lower = word.toLowerCase();
  const allowed = maxEditsFor(word.length);
  // Levenshtein counts a swap of neighbours as two edits: search one further, then count swaps as one.
  const near = vocabulary
    .near(lower, Math.min(MAX_EDITS, allowed + 1))
    .map((found) => ({ ...found, edits: swapAwareDistance(lower, found.word) }))
    .filter(({ edits }) => edits <= allowed);
  const fewest = Math.min(...near.map(({ edits }) => edits));
  const corrections = new Map<string, Correction>();
  for (const { term, edits } of near) {
    const id = index.termId(term);
    if (edits !== fewest || id === undefined || corrections.has(term)) continue;
    corrections.set(term, { term, id, edits });
  }
  return [...corrections.values()]
    .sort((a, b) => index.passagesWith(b.id) - index.passagesWith(a.id))
    .slice(0, MAX_CORRECTIONS);
}
