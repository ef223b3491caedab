import { stopWords } from "./terms.ts";

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
  const lower = word.toLowerCase();
  if (lower.length < MIN_LENGTH) return false;
  byLength ??= groupByLength([...stopWords].filter((stop) => stop.length >= MIN_LENGTH));
  for (let length = lower.length - 1; length <= lower.length + 1; length += 1) {
    for (const stop of byLength.get(length) ?? []) {
      if (withinOneEdit(lower, stop)) return true;
    }
  }
  return false;
}

function groupByLength(words: readonly string[]): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const word of words) groups.set(word.length, [...(groups.get(word.length) ?? []), word]);
  return groups;
}

/** Whether `a` and `b` differ by at most one substitution, insertion, deletion or adjacent swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  if (a.length === b.length) {
    if (a.slice(start + 1) === b.slice(start + 1)) return true;
    return (
      a[start] === b[start + 1] &&
      a[start + 1] === b[start] &&
      a.slice(start + 2) === b.slice(start + 2)
    );
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(start + 1) === shorter.slice(start);
}
