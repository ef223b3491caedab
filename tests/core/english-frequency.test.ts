import { describe, expect, it } from "vitest";
import { informativeness, isEnglishWord } from "../../src/core/english/english-frequency.ts";

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
