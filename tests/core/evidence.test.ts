import { describe, expect, it } from "vitest";
import { DECISION_FEATURES, decisionFeatures } from "../../src/core/evidence/decision.ts";
import type { Evidence } from "../../src/core/evidence/evidence.ts";
import { probabilityOf, sigmoid } from "../../src/core/evidence/fitted-model.ts";
import { article } from "../helpers.ts";
import { decisionModel, evidenceWith, weighing } from "./rules/corpus.ts";

/** The decision's features of `evidence`, its passage scoring 0.8 against the next one's 0.4. */
const features = (evidence: Evidence) => decisionFeatures(evidence, 0.8, 0.4);

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

describe("the decision's features", () => {
  it("come in the model's order, one per named feature", () => {
    const values = decisionFeatures(
      evidenceWith({
        matched: 1.5,
        exact: 1,
        coverage: 0.4,
        englishCoverage: 0.45,
        bestMatchedInformativeness: 0.7,
        unknown: 2,
        unknownInformation: 1.2,
        unknownEnglishInformation: 0.9,
        unknownName: true,
        missingType: true,
        typed: false,
        informative: 3,
      }),
      0.8,
      0.5,
    );
    const named = Object.fromEntries(DECISION_FEATURES.map((name, i) => [name, values[i]]));
    expect(values).toHaveLength(DECISION_FEATURES.length);
    expect(named).toEqual({
      score: 0.8,
      margin: expect.closeTo(0.3, 12),
      coverage: 0.4,
      englishCoverage: 0.45,
      matchedShare: 0.5,
      exactShare: expect.closeTo(1 / 3, 12),
      bestMatchedInformativeness: 0.7,
      unknown: 2,
      unknownInformation: 1.2,
      unknownEnglishInformation: 0.9,
      unknownName: 1,
      missingType: 1,
      typed: 0,
      informative: Math.log1p(3),
    });
  });

  it("read shares of a question of no informative term as shares of one, never NaN", () => {
    const values = decisionFeatures(evidenceWith({ informative: 0, matched: 0, exact: 0 }), 0, 0);
    expect(values.every(Number.isFinite)).toBe(true);
    expect(values[DECISION_FEATURES.indexOf("matchedShare")]).toBe(0);
    expect(values[DECISION_FEATURES.indexOf("informative")]).toBe(0);
  });
});

describe("declining chat questions", () => {
  const engine = article();

  it("does not count common words the article lacks as evidence against", () => {
    const answer = engine.answer("has moscow been selling tehran a lot of weapons");
    expect(answer.noAnswer).toBe(false);
    expect(answer.passages[0]?.text).toContain("arms sales from Moscow to Tehran");
  });

  it("never counts chat filler, either way", () => {
    const plain = engine.answer("did the west support the syrian rebels");
    const chatty = engine.answer("lol tbh did the west support the syrian rebels rn");
    expect(chatty.noAnswer).toBe(plain.noAnswer);
    expect(chatty.passages[0]?.id).toBe(plain.passages[0]?.id);
  });

  it.each(["what is putin's net worth", "how do i center a div", "whats a good laptop for coding"])(
    "declines %j without nearest passages that share nothing with it",
    (question) => {
      const answer = engine.answer(question);
      expect(answer.noAnswer).toBe(true);
    },
  );

  it("says how sure an answer is", () => {
    expect(engine.answer("Where did the Russian jets take off from?").confidence).toBe("high");
    expect(engine.answer("whos in charge of hezbollah rn").confidence).toBe("low");
  });
});
