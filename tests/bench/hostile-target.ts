/**
 * The bench's target for hostile questions, and the verdict printed beside
 * their figures, so a run over the target says so instead of leaving the
 * reader to compare the numbers.
 */

/** Hostile questions' p99 must stay under this, whatever the ordinary questions' p99. */
export const HOSTILE_MAX_P99_MS = 20;
/** And within this multiple of the ordinary questions' p99 in the same process. */
export const HOSTILE_MAX_RATIO = 3;

/** The target in words, for the table's "target" column. */
export const HOSTILE_TARGET = `< ${HOSTILE_MAX_P99_MS} ms and ≤ ${HOSTILE_MAX_RATIO}×`;

/**
 * "met", or "MISSED" with what missed it, for hostile questions' p99 beside
 * the ordinary questions' p99 measured in the same process.
 */
export function hostileVerdict(hostileP99Ms: number, ordinaryP99Ms: number): string {
  const misses: string[] = [];
  if (hostileP99Ms >= HOSTILE_MAX_P99_MS) misses.push(`p99 not under ${HOSTILE_MAX_P99_MS} ms`);
  if (ordinaryP99Ms > 0 && hostileP99Ms / ordinaryP99Ms > HOSTILE_MAX_RATIO)
    misses.push(`ratio over ${HOSTILE_MAX_RATIO}×`);
  return misses.length === 0 ? "met" : `MISSED: ${misses.join(", ")}`;
}
