/**
 * The shape of what `npm run train` fits, and the two small models that use
 * it: a linear scorer for ranking and a logistic model for deciding.
 */
import type { StandInKind } from "./stand-ins.ts";

/** A logistic model over standardised features, with the two thresholds chosen on held-out data. */
export interface DecisionModel {
  features: readonly string[];
  /** Each feature's mean and spread in the training data: features are standardised before weighing. */
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
  /** Below this probability the engine declines. */
  declineBelow: number;
  /** Below this probability an answer is shown as the closest passage, which may not answer. */
  lowBelow: number;
}

/** Everything fitted, as `src/core/fitted-parameters.ts` holds it. */
export interface FittedParameters {
  credits: Readonly<Record<StandInKind, number>>;
  ranking: { features: readonly string[]; weights: readonly number[] };
  decision: DecisionModel;
}

/** The logistic function. */
export function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}

/** The probability `model` gives for `features` (in the order of `model.features`). */
export function probabilityOf(model: DecisionModel, features: readonly number[]): number {
  let sum = model.bias;
  for (let i = 0; i < model.weights.length; i += 1) {
    const scale = model.scale[i] || 1;
    sum += ((model.weights[i] ?? 0) * ((features[i] ?? 0) - (model.mean[i] ?? 0))) / scale;
  }
  return sigmoid(sum);
}
