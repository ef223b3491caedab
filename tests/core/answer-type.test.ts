import { describe, expect, it } from "vitest";
import { answerTypeOf, holdsAnswerType } from "../../src/core/query/answer-type.ts";

const holds = (question: string, sentence: string) => {
  const asked = answerTypeOf(question);
  if (!asked) throw new Error(`no answer type in ${question}`);
  return holdsAnswerType(sentence, asked);
};

describe("a quantity answers", () => {
  it("when it stands near what the question counts", () => {
    expect(
      holds(
        "How many campuses are there?",
        "Amongst these include 5 University of California campuses.",
      ),
    ).toBe(true);
  });

  it("not when it counts something else", () => {
    expect(
      holds(
        "how many people live in Tehran",
        "Tehran hosted the talks that began long ago and ended after two decades of delay.",
      ),
    ).toBe(false);
  });
});

describe("answer types", () => {
  it.each([
    ["When did Putin return?", "He returned in 2012.", true],
    ["When did Putin return?", "He returned to power.", false],
    ["Who compared Iran to the Soviet Union?", "said a Russian Iran-watcher", true],
    ["Where did they flee?", "They fled to Normandy.", true],
  ])("%j against %j: %s", (question, sentence, expected) => {
    expect(holds(question, sentence)).toBe(expected);
  });
});
