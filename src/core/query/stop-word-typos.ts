import { withinOneEdit } from "../english/edit-distance.ts";
import { stopWords } from "../index/terms.ts";

/** Stop words shorter than this are not matched: "ot" could be anything. */
const MIN_LENGTH = 4;

let byLength: Map<number, string[]> | undefined;

/**
 * Whether `word` is a stop or question word with one slip of the keyboard
 * ("wheer", "waht", "whcih", "tehy"): one letter changed, added, dropped,
 * or two neighbours swapped. Such a word asks nothing, so it must not be
 * "corrected" into a word of the documents.
 */
export function isStopWordMisspelt(word: string): boolean {
  return stopWordMisspeltAs(word) !== undefined;
}

/** The stop or question word `word` misspells (see {@link isStopWordMisspelt}), if any. */
export function stopWordMisspeltAs(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < MIN_LENGTH || stopWords.has(lower)) return undefined;
  byLength ??= groupByLength([...stopWords].filter((stop) => stop.length >= MIN_LENGTH));
  for (let length = lower.length - 1; length <= lower.length + 1; length += 1) {
    for (const stop of byLength.get(length) ?? []) {
      if (withinOneEdit(lower, stop)) return stop;
    }
  }
  return undefined;
}

function groupByLength(words: readonly string[]): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const word of words) groups.set(word.length, [...(groups.get(word.length) ?? []), word]);
  return groups;
}
