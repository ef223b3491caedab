import { describe, expect, it } from "vitest";
import { DECISION_FEATURES, decisionFeatures } from "../../../src/core/evidence/decision.ts";
import type { Evidence } from "../../../src/core/evidence/evidence.ts";
import type { FittedParameters } from "../../../src/core/evidence/fitted-model.ts";
import {
  checkParameters,
  probabilityOf,
  sigmoid,
} from "../../../src/core/evidence/fitted-model.ts";
import { FITTED } from "../../../src/core/evidence/fitted-parameters.ts";
import { RANKING_FEATURES } from "../../../src/core/ranking/signals.ts";
import { decisionModel, evidenceWith, weighing } from "../corpus.ts";

/** The decision's features of `evidence`, its passage scoring 0.8 against the next one's 0.4. */
const features = (evidence: Evidence) => decisionFeatures(evidence, 0.8, 0.4);

const check = (parameters: FittedParameters) =>
  checkParameters(parameters, RANKING_FEATURES, DECISION_FEATURES);

describe("the decision's logistic model", () => {
  it("gives sigmoid(bias) when no feature is weighed", () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(probabilityOf(decisionModel(), features(evidenceWith({})))).toBe(0.5);
    expect(probabilityOf(decisionModel({ bias: 2 }), features(evidenceWith({})))).toBeCloseTo(
      1 / (1 + Math.exp(-2)),
      12,
    );
  });

  it("weighs each feature standardised: weight × (value − mean) / scale", () => {
    const model = weighing("coverage", 2, {
      mean: DECISION_FEATURES.map((name) => (name === "coverage" ? 0.5 : 0)),
      scale: DECISION_FEATURES.map((name) => (name === "coverage" ? 0.25 : 1)),
      bias: -1,
    });
    // 2 × (0.75 − 0.5) / 0.25 − 1 = 1
    expect(probabilityOf(model, features(evidenceWith({ coverage: 0.75 })))).toBeCloseTo(
      sigmoid(1),
      12,
    );
  });

  it("reads a scale of 0 as 1 rather than dividing by it", () => {
    const model = weighing("coverage", 1, { scale: DECISION_FEATURES.map(() => 0) });
    const probability = probabilityOf(model, features(evidenceWith({ coverage: 0.5 })));
    expect(probability).toBeCloseTo(sigmoid(0.5), 12);
  });

  it("rises with a positively weighed feature and falls with a negatively weighed one", () => {
    const rising = weighing("coverage", 3);
    const falling = weighing("unknownInformation", -3);
    let previous = { rising: -1, falling: 2 };
    for (const value of [0, 0.1, 0.25, 0.5, 0.75, 1]) {
      const now = {
        rising: probabilityOf(rising, features(evidenceWith({ coverage: value }))),
        falling: probabilityOf(falling, features(evidenceWith({ unknownInformation: value }))),
      };
      expect(now.rising).toBeGreaterThan(previous.rising);
      expect(now.falling).toBeLessThan(previous.falling);
      previous = now;
    }
  });

  it("stays a probability however far the features lie", () => {
    const model = weighing("informative", 50);
    for (const informative of [0, 1, 1000]) {
      const probability = probabilityOf(model, features(evidenceWith({ informative })));
      expect(probability).toBeGreaterThanOrEqual(0);
      expect(probability).toBeLessThanOrEqual(1);
    }
  });
});

describe("checking parameters against the engine's features", () => {
  const ranking = (features: readonly string[], weights = features.map(() => 1)) => ({
    ...FITTED,
    ranking: { features, weights },
  });
  const decision = (features: readonly string[], weights = features.map(() => 0)) => ({
    ...FITTED,
    decision: { ...FITTED.decision, features, weights },
  });

  it("accepts parameters naming the same features in the same order", () => {
    expect(() => check(ranking([...RANKING_FEATURES]))).not.toThrow();
    expect(() => check(decision([...DECISION_FEATURES]))).not.toThrow();
  });

  it("refuses ranking weights fitted for fewer, other or reordered features", () => {
    expect(() => check(ranking(RANKING_FEATURES.slice(0, -1)))).toThrow(/npm run train/);
    expect(() => check(ranking([...RANKING_FEATURES.slice(0, -1), "other"]))).toThrow();
    const swapped = [RANKING_FEATURES[1], RANKING_FEATURES[0], ...RANKING_FEATURES.slice(2)];
    expect(() => check(ranking(swapped as string[]))).toThrow();
  });

  it("refuses ranking weights of another number than the features named", () => {
    const features = [...RANKING_FEATURES];
    expect(() =>
      check(
        ranking(
          features,
          features.slice(1).map(() => 1),
        ),
      ),
    ).toThrow();
  });

  it("refuses a decision fitted for other features, or with another number of weights", () => {
    expect(() => check(decision(DECISION_FEATURES.slice(1)))).toThrow(/npm run train/);
    const features = [...DECISION_FEATURES];
    expect(() => check(decision(features, [...features.map(() => 0), 0]))).toThrow();
  });
});
