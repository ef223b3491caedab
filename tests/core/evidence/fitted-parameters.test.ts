import { describe, expect, it } from "vitest";
import { DECISION_FEATURES } from "../../../src/core/evidence/decision.ts";
import type { FittedParameters } from "../../../src/core/evidence/fitted-model.ts";
import { checkParameters } from "../../../src/core/evidence/fitted-model.ts";
import { FITTED } from "../../../src/core/evidence/fitted-parameters.ts";
import { STAND_IN_KINDS } from "../../../src/core/query/stand-ins.ts";
import { RANKING_FEATURES } from "../../../src/core/ranking/signals.ts";

const check = (parameters: FittedParameters) =>
  checkParameters(parameters, RANKING_FEATURES, DECISION_FEATURES);

describe("the fitted parameters as shipped", () => {
  it("were fitted for the engine's own ranking and decision features", () => {
    expect(() => check(FITTED)).not.toThrow();
    expect(FITTED.ranking.features).toEqual(RANKING_FEATURES);
    expect(FITTED.decision.features).toEqual(DECISION_FEATURES);
  });

  it("weigh ranking signals non-negatively (credit corrections aside), and weigh some", () => {
    FITTED.ranking.weights.forEach((weight, position) => {
      expect(Number.isFinite(weight)).toBe(true);
      if (!FITTED.ranking.features[position]?.startsWith("via:")) {
        expect(weight).toBeGreaterThanOrEqual(0);
      }
    });
    expect(FITTED.ranking.weights.some((weight) => weight > 0)).toBe(true);
  });

  it("credit every stand-in kind between nothing and a full match", () => {
    expect(Object.keys(FITTED.credits).sort()).toEqual([...STAND_IN_KINDS].sort());
    for (const kind of STAND_IN_KINDS) {
      expect(FITTED.credits[kind]).toBeGreaterThanOrEqual(0);
      expect(FITTED.credits[kind]).toBeLessThanOrEqual(1);
    }
  });

  it("give the decision a mean, a scale and a weight per feature, and thresholds in order", () => {
    const { decision } = FITTED;
    for (const list of [decision.mean, decision.scale, decision.weights]) {
      expect(list).toHaveLength(DECISION_FEATURES.length);
      expect(list.every(Number.isFinite)).toBe(true);
    }
    expect(decision.declineBelow).toBeGreaterThanOrEqual(0);
    expect(decision.declineBelow).toBeLessThanOrEqual(decision.lowBelow);
    expect(decision.lowBelow).toBeLessThanOrEqual(1);
  });
});
