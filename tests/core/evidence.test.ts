import { describe, expect, it } from "vitest";
import { judge } from "../../src/core/evidence.ts";
import { article } from "../helpers.ts";
import { evidenceWith } from "./rules/corpus.ts";

const evidence = evidenceWith;

describe("judge", () => {
  it("declines when the best passage holds no informative word of the question", () => {
    expect(judge(evidence({ matched: 0, coverage: 0 }))).toBe("not-covered");
  });

  it("answers one matched word beside ordinary unknown words as thin, when the kind asked for is there", () => {
    expect(judge(evidence({ matched: 1, unknown: 1, unknownInformation: 0.5 }))).toBe("thin");
  });

  it("declines one matched word beside rare unknown words, a name, or a missing time", () => {
    expect(judge(evidence({ matched: 1, unknown: 1, unknownInformation: 0.9 }))).toBe(
      "not-covered",
    );
    expect(
      judge(evidence({ matched: 1, unknown: 1, unknownInformation: 0.5, unknownName: true })),
    ).toBe("not-covered");
    expect(
      judge(evidence({ matched: 1, unknown: 1, unknownInformation: 0.5, missingType: true })),
    ).toBe("not-covered");
    expect(judge(evidence({ matched: 1, unknown: 1, unknownInformation: 0.5, typed: false }))).toBe(
      "not-covered",
    );
  });

  it("declines two matched words when the time or quantity asked for is missing and the match is partial", () => {
    expect(judge(evidence({ matched: 2, missingType: true, coverage: 0.7 }))).toBe("not-covered");
    expect(judge(evidence({ matched: 2, missingType: true, coverage: 0.8 }))).toBe("answered");
    expect(judge(evidence({ matched: 2, missingType: true, coverage: 0.8, unknown: 1 }))).toBe(
      "not-covered",
    );
  });

  it("declines many matched words only beside an informative unknown word and a missing fact", () => {
    expect(judge(evidence({ matched: 3, missingType: true, unknownEnglishInformation: 0.6 }))).toBe(
      "not-covered",
    );
    expect(judge(evidence({ matched: 3, missingType: true, unknownEnglishInformation: 0.3 }))).toBe(
      "answered",
    );
    expect(judge(evidence({ matched: 3, unknownInformation: 3 }))).toBe("answered");
  });

  it("marks a covered answer of little coverage as thin", () => {
    expect(judge(evidence({ coverage: 0.2 }))).toBe("thin");
    expect(judge(evidence({ coverage: 0.3 }))).toBe("answered");
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
