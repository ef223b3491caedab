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

/**
 * The optimal-string-alignment distance of `a` and `b`: substitutions,
 * insertions, deletions and swaps of neighbouring letters, one edit each
 * ("nosre" is one swap from "norse"). O(|a|·|b|): callers bound the lengths.
 */
export function swapAwareDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
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
