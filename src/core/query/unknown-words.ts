import { isEnglishWord } from "../english/english-frequency.ts";
import type { Query } from "./read-query.ts";

/**
 * Credit from which a stand-in means the word is not lacking: an admin's
 * synonym (full credit) says the documents word it otherwise.
 */
const FULL_MATCH = 1;

/**
 * The words of a question the documents never use, as the question writes
 * them (lower case), each once: what an admin could map with a synonym.
 * Chat filler, words an admin's synonym already maps, and misspellings of
 * the documents' own words are left out: none of them is missing content.
 */
export function unknownWordsOf(query: Query): string[] {
  const words = new Set<string>();
  for (const term of query.terms) {
    if (term.id !== undefined || term.isFiller) continue;
    if (term.variants.some((variant) => variant.credit >= FULL_MATCH)) continue;
    const corrected =
      !isEnglishWord(term.word) && term.variants.some((variant) => variant.kind === "typo");
    if (!corrected) words.add(term.word.toLowerCase());
  }
  return [...words];
}
