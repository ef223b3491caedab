import { describe, expect, it } from "vitest";
import {
  englishCount,
  informativeness,
  isEnglishWord,
} from "../../../src/core/english/english-frequency.ts";

/** Bits of the rarest word: SUBTLEX-US counts 51 million words. */
const MAX_BITS = Math.log2(51_000_000);

describe("general English word frequency", () => {
  it("tells English words from misspellings and made-up words", () => {
    for (const word of ["selling", "weapons", "Laptop", "nickname"])
      expect(isEnglishWord(word)).toBe(true);
    for (const word of ["alepo", "khameini", "miltary", "qzxvbn"])
      expect(isEnglishWord(word)).toBe(false);
  });

  it("weighs common words as less informative than rare ones", () => {
    expect(informativeness("the")).toBeLessThan(informativeness("lot"));
    expect(informativeness("lot")).toBeLessThan(informativeness("laptop"));
    expect(informativeness("laptop")).toBeLessThan(informativeness("qzxvbn"));
    expect(informativeness("qzxvbn")).toBe(1);
  });
});

describe("counts of general English", () => {
  it("are the corpus's counts, in any case", () => {
    expect(englishCount("you")).toBe(2_134_713);
    expect(englishCount("i")).toBe(2_038_529);
    expect(englishCount("Aarrgh")).toBe(1);
    expect(englishCount("AAHING")).toBe(2);
    expect(englishCount("qzxvbn")).toBe(0);
  });

  it("make a word English from two sightings on: one is a stray spelling", () => {
    expect(isEnglishWord("aahing")).toBe(true);
    expect(isEnglishWord("aahed")).toBe(false);
  });

  it("give informativeness as surprisal over the largest possible", () => {
    expect(informativeness("you")).toBeCloseTo(Math.log2(51_000_000 / 2_134_713) / MAX_BITS, 12);
    expect(informativeness("aahing")).toBeCloseTo(Math.log2(51_000_000 / 2) / MAX_BITS, 12);
    expect(informativeness("aahed")).toBe(1);
    expect(informativeness("qzxvbn")).toBe(1);
  });
});
