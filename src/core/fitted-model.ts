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

/**
 * Throws when `parameters` were fitted for other signals than `ranking` and
 * `decision` name: weights read against the wrong features rank silently
 * wrong, so an engine refuses them (run `npm run train`).
 */
export function checkParameters(
  parameters: FittedParameters,
  ranking: readonly string[],
  decision: readonly string[],
): void {
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((name, i) => name === b[i]);
  const model = parameters.decision;
  if (
    !same(parameters.ranking.features, ranking) ||
    parameters.ranking.weights.length !== ranking.length ||
    !same(model.features, decision) ||
    model.weights.length !== decision.length
  ) {
    throw new Error("The fitted parameters do not match the engine's features: run npm run train.");
  }
}
