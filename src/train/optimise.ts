/**
 * The two fits training needs, written out rather than taken from a library:
 * each is a few lines of gradient descent over a handful of features, and
 * both must be deterministic (same data, same order, same result).
 */
import { sigmoid } from "../core/fitted-model.ts";

/** Questions for ranking: each one's candidates' features (row-major) and which of them answer it. */
export interface RankingExample {
  features: Float64Array;
  answers: Uint8Array;
}

/** Options of {@link fitRanking}, with their defaults. */
export interface RankingFitOptions {
  /** Passes of Adam over all questions (default 150: the loss stops moving by then on the pool). */
  iterations?: number;
  /** Adam's step size (default 0.1). */
  rate?: number;
  /** L2 penalty on the weights (default 0.001): keeps a rarely-seen signal's weight small. */
  penalty?: number;
}

/**
 * Non-negative weights of a linear scorer, fitted listwise: for each
 * question, the softmax of its candidates' scores should put its mass on the
 * candidates that answer it (ListNet's top-one loss). Weights stay
 * non-negative, so every signal counts for a passage, never against it, and
 * scores stay between 0 and 1 once divided by the weights' sum.
 */
export function fitRanking(
  examples: readonly RankingExample[],
  width: number,
  start: readonly number[],
  options: RankingFitOptions = {},
): number[] {
  const { iterations = 150, rate = 0.1, penalty = 0.001 } = options;
  const weights = Float64Array.from(start);
  const adam = new Adam(width, rate);
  const gradient = new Float64Array(width);
  const usable = examples.filter(({ answers }) => answers.includes(1) && answers.includes(0));
  if (usable.length === 0) return [...weights];
  for (let step = 0; step < iterations; step += 1) {
    gradient.fill(0);
    for (const { features, answers } of usable) {
      const count = answers.length;
      const scores = new Float64Array(count);
      let top = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < count; i += 1) {
        let score = 0;
        for (let j = 0; j < width; j += 1)
          score += (weights[j] as number) * (features[i * width + j] as number);
        scores[i] = score;
        if (score > top) top = score;
      }
      let all = 0;
      let right = 0;
      for (let i = 0; i < count; i += 1) {
        const e = Math.exp((scores[i] as number) - top);
        scores[i] = e;
        all += e;
        if (answers[i]) right += e;
      }
      for (let i = 0; i < count; i += 1) {
        const share =
          (scores[i] as number) / all - (answers[i] ? (scores[i] as number) / right : 0);
        if (share === 0) continue;
        for (let j = 0; j < width; j += 1) {
          gradient[j] = (gradient[j] as number) + share * (features[i * width + j] as number);
        }
      }
    }
    for (let j = 0; j < width; j += 1) {
      gradient[j] = (gradient[j] as number) / usable.length + 2 * penalty * (weights[j] as number);
    }
    adam.step(weights, gradient);
    for (let j = 0; j < width; j += 1) weights[j] = Math.max(0, weights[j] as number);
  }
  return [...weights];
}

/** A logistic model over standardised features. */
export interface LogisticFit {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/**
 * Logistic regression of `labels` on `rows`, each feature standardised
 * first; an L2 penalty of `penalty` (default 0.01) keeps weights of
 * features that barely vary from running off.
 */
export function fitLogistic(
  rows: readonly number[][],
  labels: readonly number[],
  iterations = 500,
  penalty = 0.01,
): LogisticFit {
  const width = rows[0]?.length ?? 0;
  const mean = Array.from({ length: width }, (_, j) => average(rows.map((row) => row[j] ?? 0)));
  const scale = mean.map((m, j) => {
    const spread = Math.sqrt(average(rows.map((row) => ((row[j] ?? 0) - m) ** 2)));
    return spread > 0 ? spread : 1;
  });
  const standard = rows.map((row) =>
    row.map((value, j) => (value - (mean[j] ?? 0)) / (scale[j] ?? 1)),
  );
  const weights = new Float64Array(width + 1);
  const gradient = new Float64Array(width + 1);
  const adam = new Adam(width + 1, 0.05);
  for (let step = 0; step < iterations; step += 1) {
    gradient.fill(0);
    standard.forEach((row, n) => {
      let sum = weights[width] as number;
      for (let j = 0; j < width; j += 1) sum += (weights[j] as number) * (row[j] as number);
      const error = sigmoid(sum) - (labels[n] as number);
      for (let j = 0; j < width; j += 1)
        gradient[j] = (gradient[j] as number) + error * (row[j] as number);
      gradient[width] = (gradient[width] as number) + error;
    });
    for (let j = 0; j <= width; j += 1) {
      gradient[j] =
        (gradient[j] as number) / standard.length +
        (j < width ? 2 * penalty * (weights[j] as number) : 0);
    }
    adam.step(weights, gradient);
  }
  return { mean, scale, weights: [...weights.subarray(0, width)], bias: weights[width] as number };
}

function average(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Adam (Kingma and Ba, 2015) with its usual moment rates. */
class Adam {
  private readonly first: Float64Array;
  private readonly second: Float64Array;
  private steps = 0;

  constructor(
    width: number,
    private readonly rate: number,
  ) {
    this.first = new Float64Array(width);
    this.second = new Float64Array(width);
  }

  /** Moves `weights` one step against `gradient`. */
  step(weights: Float64Array, gradient: Float64Array): void {
    this.steps += 1;
    const b1 = 0.9;
    const b2 = 0.999;
    for (let j = 0; j < weights.length; j += 1) {
      const g = gradient[j] as number;
      this.first[j] = b1 * (this.first[j] as number) + (1 - b1) * g;
      this.second[j] = b2 * (this.second[j] as number) + (1 - b2) * g * g;
      const m = (this.first[j] as number) / (1 - b1 ** this.steps);
      const v = (this.second[j] as number) / (1 - b2 ** this.steps);
      weights[j] = (weights[j] as number) - (this.rate * m) / (Math.sqrt(v) + 1e-8);
    }
  }
}
