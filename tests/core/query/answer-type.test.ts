import { describe, expect, it } from "vitest";
import { answerTypeOf, holdsAnswerType } from "../../../src/core/query/answer-type.ts";

const holds = (question: string, sentence: string) => {
  const asked = answerTypeOf(question);
  if (!asked) throw new Error(`no answer type in ${question}`);
  return holdsAnswerType(sentence, asked);
};

const typeOf = (question: string) => answerTypeOf(question)?.type ?? null;

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

  it("within eight words of what is counted, on either side", () => {
    const question = "how many boats sank";
    expect(holds(question, "Twelve a b c d e f g boats")).toBe(true);
    expect(holds(question, "Twelve a b c d e f g h boats")).toBe(false);
    expect(holds(question, "boats a b c d e f g twelve")).toBe(true);
    expect(holds(question, "boats a b c d e f g h twelve")).toBe(false);
  });

  it.each([
    "3,500",
    "2.5",
    "a dozen",
    "dozens",
    "a hundred",
    "hundreds",
    "a thousand",
    "a million",
    "a billion",
    "half",
    "eleven",
    "millions",
  ])("written as %j", (quantity) => {
    expect(holds("how many boats sank", `In all ${quantity} boats sank.`)).toBe(true);
  });

  it("not when the number is the question's own", () => {
    expect(holds("how many of the 12 boats sank", "Of the 12 boats, some sank.")).toBe(false);
  });

  it("not when the question already says the number, in any case", () => {
    expect(holds("how many of the Twelve boats sank", "In all twelve boats sank.")).toBe(false);
  });

  it("not as an ordinal", () => {
    expect(holds("how many boats sank", "The 3rd boats sank.")).toBe(false);
  });

  it("not by counting itself: the quantity word is not what it counts", () => {
    expect(holds("how many dozen", "They sold dozens yesterday.")).toBe(false);
  });

  it("not as a word merely holding a number word", () => {
    expect(holds("how many boats sank", "Someone's boats sank.")).toBe(false);
    expect(holds("how many boats sank", "The boats were tenfold.")).toBe(false);
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

describe("the question word says what kind of answer is wanted", () => {
  it.each([
    "When did the harbour freeze?",
    "What year did the harbour freeze?",
    "what century was it built",
    "what decade was it built",
    "what date was it built",
    "what time did it open",
    "what period was it built in",
    "what month did it freeze",
    "which year did it freeze",
    "which century was it built",
    "which decade was it built",
    "which month did it freeze",
    "how long ago did it freeze",
  ])("%j asks for a time", (question) => {
    expect(typeOf(question)).toBe("time");
  });

  it.each([
    "How many boats sank?",
    "how much copper was sold",
    "how long is the pier",
    "how far is the lighthouse",
    "how old is the harbour",
    "how large is the harbour",
    "how big is the harbour",
    "how high is the lighthouse",
    "how tall is the lighthouse",
    "what number of boats sank",
    "what percentage of boats sank",
    "what percent of boats sank",
    "what amount was paid",
    "what size is the harbour",
  ])("%j asks for a quantity", (question) => {
    expect(typeOf(question)).toBe("quantity");
  });

  it.each(["Who built the harbour?", "to whom was it sold", "whose boat sank"])(
    "%j asks for a name",
    (question) => {
      expect(typeOf(question)).toBe("name");
    },
  );

  it.each([
    "Where did the boats go?",
    "what place was it built",
    "what country sold copper",
    "what city has the harbour",
    "what region froze",
    "what town has the harbour",
    "what continent is it on",
    "what island has the harbour",
  ])("%j asks for a place", (question) => {
    expect(typeOf(question)).toBe("place");
  });

  it.each(["what froze in the harbour", "did it freeze somewhere", "whoever built it", "howmany"])(
    "%j asks for no kind of answer (whole question words only)",
    (question) => {
      expect(answerTypeOf(question)).toBeNull();
    },
  );

  it('reads a time before a quantity: "how long ago" wants a time, "how long" a length', () => {
    expect(typeOf("how long ago was it")).toBe("time");
    expect(typeOf("how long was it")).toBe("quantity");
  });

  it("reads a quantity before a name, a name before a place", () => {
    expect(typeOf("who knows how many boats sank")).toBe("quantity");
    expect(typeOf("who went where")).toBe("name");
  });

  it("keeps the question's words in lower case, and its terms as what is counted", () => {
    const asked = answerTypeOf("How many Boats sank?");
    expect([...(asked?.words ?? [])]).toEqual(["how", "many", "boats", "sank"]);
    expect(asked?.topics.has("boat")).toBe(true);
    expect(asked?.topics.has("how")).toBe(false);
  });
});

describe("a time answers", () => {
  it.each([
    ["It froze in 1013.", true],
    ["It froze in the 1990s.", true],
    ["It froze in the 19th century.", true],
    ["It froze over the centuries.", true],
    ["It froze for decades.", true],
    ["It froze in March.", true],
    ["It froze in the year 12.", false],
    ["It froze 12345 times.", false],
    ["It froze hard.", false],
  ])("%j: %s", (sentence, expected) => {
    expect(holds("When did the harbour freeze?", sentence)).toBe(expected);
  });

  it("only when the question does not already say it", () => {
    expect(holds("when in 1013 did it freeze", "It froze in 1013.")).toBe(false);
    expect(holds("when in March did it freeze", "It froze in march.")).toBe(false);
    expect(holds("when in 1013 did it freeze", "It froze in 1013 and again in 1014.")).toBe(true);
  });
});

describe("a place answers", () => {
  it.each([
    ["They fled to Normandy.", true],
    ["They fled to the Normandy coast.", true],
    ["They fled to southern Italy.", true],
    ["They sailed from Dover at dawn.", true],
    ["They fled to  Normandy.", true],
    ["They fled to the  Normandy coast.", true],
    ["They fled to the far southern Italy.", false],
    ["They fled to normandy.", false],
    ["Normandy took them in.", false],
  ])("%j: %s", (sentence, expected) => {
    expect(holds("where did they flee", sentence)).toBe(expected);
  });

  it("only when the question does not already name it", () => {
    expect(holds("where in Normandy did they flee", "They fled to Normandy.")).toBe(false);
    expect(holds("where in Normandy did they flee", "They fled to Normandy and Rouen.")).toBe(
      false,
    );
    expect(holds("where in Normandy did they flee", "They fled from Normandy to Rouen.")).toBe(
      true,
    );
  });
});

describe("a name answers", () => {
  it("as a capitalized word that does not start the sentence", () => {
    expect(holds("who built it", "It was built by Malcolm.")).toBe(true);
    expect(holds("who built it", "Malcolm built it.")).toBe(false);
    expect(holds("who built it", "it was built by masons.")).toBe(false);
    expect(holds("who built it", "it was sold on eBay.")).toBe(false);
  });

  it("only when the question does not already name it", () => {
    expect(holds("who helped Malcolm", "It was built by Malcolm.")).toBe(false);
    expect(holds("who helped Malcolm", "Then MALCOLM and Duncan built it.")).toBe(true);
  });
});
