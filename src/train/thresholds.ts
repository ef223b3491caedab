/** The decision's two thresholds, chosen on held-out probabilities. */
import type { DecisionRow } from "./readings.ts";
import { answerable } from "./readings.ts";

/**
 * Share of answerable questions the decline may turn away, on held-out
 * data: a wrong decline costs more than a near miss shown as "the closest
 * passage", so the threshold is the highest that keeps within this.
 */
export const MAX_WRONG_DECLINE_SHARE = 0.01;
/**
 * Share of the answers shown with full confidence that must be right, on
 * held-out answerable questions: below the threshold that keeps to it, an
 * answer is shown as the closest passage, which may not answer. Nine in
 * ten: a "sure" answer that is wrong one time in ten is still worth its
 * label; lower would make the label say little.
 */
export const HIGH_CONFIDENCE_PRECISION = 0.9;

/**
 * The highest decline threshold that turns away at most
 * {@link MAX_WRONG_DECLINE_SHARE} of the answerable questions among
 * `scored` (held-out probabilities), counting those declined by rule.
 */
export function declineThreshold(
  scored: readonly { probability: number; row: DecisionRow }[],
): number {
  const answerableRows = scored.filter(({ row }) => answerable(row.cached));
  const allowed = Math.floor(answerableRows.length * MAX_WRONG_DECLINE_SHARE);
  const ruledOut = answerableRows.filter(({ row }) => row.ruledOut).length;
  const probabilities = answerableRows
    .filter(({ row }) => !row.ruledOut)
    .map(({ probability }) => probability)
    .sort((a, b) => a - b);
  const budget = allowed - ruledOut;
  if (budget <= 0) return 0;
  // Declining below the (budget+1)-th lowest probability turns away `budget` questions at most.
  return probabilities[budget] ?? 0;
}

/**
 * The lowest threshold above which at least {@link HIGH_CONFIDENCE_PRECISION}
 * of the answerable questions among `scored` (held-out probabilities) have
 * a best passage that answers.
 */
export function lowThreshold(scored: readonly { probability: number; row: DecisionRow }[]): number {
  const rows = scored
    .filter(({ row }) => answerable(row.cached) && !row.ruledOut)
    .sort((a, b) => b.probability - a.probability);
  let right = 0;
  let threshold = 1;
  rows.forEach(({ probability, row }, position) => {
    right += row.label;
    if (right / (position + 1) >= HIGH_CONFIDENCE_PRECISION) threshold = probability;
  });
  return threshold;
}
