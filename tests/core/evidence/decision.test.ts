import { describe, expect, it } from "vitest";
import { DECISION_FEATURES, decisionFeatures, judge } from "../../../src/core/evidence/decision.ts";
import { probabilityOf } from "../../../src/core/evidence/fitted-model.ts";
import { article } from "../../helpers.ts";
import { decisionModel, evidenceWith, weighing } from "../corpus.ts";

const evidence = evidenceWith;

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

describe("the verdict on the evidence", () => {
  /** A model whose probability is sigmoid(bias) whatever the evidence: 0.5 at bias 0. */
  const flat = (bias: number) => decisionModel({ bias, declineBelow: 0.3, lowBelow: 0.6 });

  it("declines below the model's declineBelow, is thin below its lowBelow, and answers from it on", () => {
    expect(judge(evidence({}), flat(-2), 0.8, 0.4).verdict).toBe("not-covered");
    expect(judge(evidence({}), flat(0), 0.8, 0.4).verdict).toBe("thin");
    expect(judge(evidence({}), flat(2), 0.8, 0.4).verdict).toBe("answered");
  });

  it("counts a probability of exactly a threshold as above it", () => {
    // sigmoid(0) is exactly 0.5.
    const atDecline = decisionModel({ declineBelow: 0.5, lowBelow: 0.9 });
    expect(judge(evidence({}), atDecline, 0.8, 0.4)).toEqual({ verdict: "thin", probability: 0.5 });
    const atLow = decisionModel({ declineBelow: 0.1, lowBelow: 0.5 });
    expect(judge(evidence({}), atLow, 0.8, 0.4)).toEqual({ verdict: "answered", probability: 0.5 });
  });

  it("says the probability the model gives for the decision's features", () => {
    const model = weighing("coverage", 2, { bias: -1 });
    const found = evidence({ coverage: 0.3 });
    expect(judge(found, model, 0.7, 0.2).probability).toBe(
      probabilityOf(model, decisionFeatures(found, 0.7, 0.2)),
    );
  });

  it("always declines when the best passage holds nothing of the question, however sure the model", () => {
    expect(judge(evidence({ matched: 0, coverage: 0 }), flat(20), 1, 0)).toEqual({
      verdict: "not-covered",
      probability: 0,
    });
  });

  it("does not decline part of a match: a stand-in's credit alone is something held", () => {
    expect(judge(evidence({ matched: 0.3, exact: 0 }), flat(2), 0.8, 0.4).verdict).toBe("answered");
  });

  it("weighs the evidence through the model: coverage weighed up answers a covering passage only", () => {
    const model = weighing("coverage", 8, { bias: -4 });
    expect(judge(evidence({ coverage: 0.9 }), model, 0.8, 0.4).verdict).toBe("answered");
    expect(judge(evidence({ coverage: 0.1 }), model, 0.8, 0.4).verdict).toBe("not-covered");
  });

  it("weighs the scores of the two best passages: their margin, when the model weighs it", () => {
    const model = weighing("margin", 10, { bias: -3 });
    expect(judge(evidence({}), model, 0.9, 0.2).verdict).toBe("answered");
    expect(judge(evidence({}), model, 0.9, 0.85).verdict).toBe("not-covered");
  });

  it("declines for a word weighed against an answer: an unknown name", () => {
    const model = weighing("unknownName", -6, { bias: 2 });
    expect(judge(evidence({ unknownName: false }), model, 0.8, 0.4).verdict).toBe("answered");
    expect(judge(evidence({ unknownName: true }), model, 0.8, 0.4).verdict).toBe("not-covered");
  });
});
