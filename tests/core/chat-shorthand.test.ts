import { describe, expect, it } from "vitest";
import { CHAT_FILLER, expandShorthand } from "../../src/core/query/chat-shorthand.ts";

describe("expandShorthand", () => {
  it.each([
    ["r u sure", "are you sure"],
    ["why bc of oil", "why because of oil"],
    ["whats the deal w/ nato", "what is the deal with nato"],
    ["ties b/w moscow n tehran", "ties between moscow and tehran"],
    ["how did iran feel abt it", "how did iran feel about it"],
    ["who r they tryna keep", "who are they trying to keep"],
    ["wat did lavrov say", "what did lavrov say"],
    ["how many ppl", "how many people"],
  ])("reads %j as %j", (chat, spelled) => {
    expect(expandShorthand(chat)).toBe(spelled);
  });

  it("reads 'the us' and dotted or lower-case spellings as the acronym U.S.", () => {
    expect(expandShorthand("how does the us see it")).toBe("how does the U.S. see it");
    expect(expandShorthand("usa and u.s. policy")).toBe("U.S. and U.S. policy");
  });

  it("leaves the pronoun 'us' and words that are not shorthand as written, case included", () => {
    expect(expandShorthand("Let us ask R. Smith about Putin")).toBe(
      "Let us ask R. Smith about Putin",
    );
  });
});

describe("CHAT_FILLER", () => {
  it("holds chat filler and no word that carries a topic", () => {
    for (const filler of ["lol", "tbh", "stuff", "kinda", "rn", "pls", "people"]) {
      expect(CHAT_FILLER.has(filler)).toBe(true);
    }
    for (const word of ["weapons", "oil", "president", "russia"]) {
      expect(CHAT_FILLER.has(word)).toBe(false);
    }
  });
});

describe("short decades", () => {
  it("are read as the decades of the 1900s they stand for", () => {
    expect(expandShorthand("how did iran feel in the 80s")).toBe("how did iran feel in the 1980s");
    expect(expandShorthand("the '90s")).toBe("the 1990s");
    expect(expandShorthand("10s of people in the 1980s")).toBe("10s of people in the 1980s");
  });
});
