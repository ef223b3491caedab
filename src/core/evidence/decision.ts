/**
 * The decision: the evidence's features, weighed by the fitted logistic
 * model (`fitted-model.ts`, `fitted-parameters.ts`), give answered, thin
 * (the closest passage, which may not answer) or not covered.
 */
import type { Evidence } from "./evidence.ts";
import type { DecisionModel } from "./fitted-model.ts";
import { probabilityOf } from "./fitted-model.ts";

/**
 * The features the decision weighs, in the model's order: the best
 * passage's score and its margin over the next, and its evidence.
 */
export const DECISION_FEATURES = [
  "score",
  "margin",
  "coverage",
  "englishCoverage",
  "matchedShare",
  "exactShare",
  "bestMatchedInformativeness",
  "unknown",
  "unknownInformation",
  "unknownEnglishInformation",
  "unknownName",
  "missingType",
  "typed",
  "informative",
] as const;

/** The decision's features for `evidence` of a question whose two best passages scored `best` and `next`. */
export function decisionFeatures(evidence: Evidence, best: number, next: number): number[] {
  const informative = Math.max(1, evidence.informative);
  return [
    best,
    best - next,
    evidence.coverage,
    evidence.englishCoverage,
    evidence.matched / informative,
    evidence.exact / informative,
    evidence.bestMatchedInformativeness,
    evidence.unknown,
    evidence.unknownInformation,
    evidence.unknownEnglishInformation,
    evidence.unknownName ? 1 : 0,
    evidence.missingType ? 1 : 0,
    evidence.typed ? 1 : 0,
    Math.log1p(evidence.informative),
  ];
}

/** How sure the engine is that its best passage answers the question. */
export type Verdict = "answered" | "thin" | "not-covered";

/**
 * Whether the documents answer the question: the fitted model's probability
 * that the best passage answers it, against the model's two thresholds.
 * Nothing of the question in the best passage is never an answer.
 */
export function judge(
  evidence: Evidence,
  model: DecisionModel,
  best: number,
  next: number,
): { verdict: Verdict; probability: number } {
  if (evidence.matched === 0) return { verdict: "not-covered", probability: 0 };
  const probability = probabilityOf(model, decisionFeatures(evidence, best, next));
  if (probability < model.declineBelow) return { verdict: "not-covered", probability };
  return { verdict: probability < model.lowBelow ? "thin" : "answered", probability };
}
