import { describe, expect, it } from "vitest";
import { swapAwareDistance, withinOneEdit } from "../../../src/core/english/edit-distance.ts";
import { stopWordMisspeltAs } from "../../../src/core/query/stop-word-typos.ts";

describe("a misspelt stop or question word", () => {
  it.each([
    ["wheer", "where"],
    ["Wheer", "where"],
    ["whree", "where"],
    ["wherre", "where"],
    ["whre", "were"],
    ["waht", "what"],
    ["tehy", "they"],
    ["whcih", "which"],
    ["abuot", "about"],
    ["becuase", "because"],
    ["abot", "about"],
    ["aboutt", "about"],
  ])("%j is read as %j", (typo, meant) => {
    expect(stopWordMisspeltAs(typo)).toBe(meant);
  });

  it("is never a stop word itself, nor a word under 4 letters", () => {
    expect(stopWordMisspeltAs("where")).toBeUndefined();
    expect(stopWordMisspeltAs("About")).toBeUndefined();
    expect(stopWordMisspeltAs("hwo")).toBeUndefined();
    expect(stopWordMisspeltAs("wer")).toBeUndefined();
  });

  it('is read as a stop word of 4 letters or more: "thex" is "them", not "the"', () => {
    expect(stopWordMisspeltAs("thex")).toBe("them");
  });

  it("is no word two edits from every stop word", () => {
    expect(stopWordMisspeltAs("harbour")).toBeUndefined();
    expect(stopWordMisspeltAs("whrrr")).toBeUndefined();
  });
});

describe("within one edit", () => {
  it.each([
    ["same", "same", true],
    ["cat", "cot", true],
    ["cat", "cog", false],
    ["abcd", "bacd", true],
    ["abcd", "acbd", true],
    ["abcd", "badc", false],
    ["abcd", "bacx", false],
    ["abcd", "axbd", false],
    ["abc", "abxc", true],
    ["abxc", "abc", true],
    ["abc", "axbd", false],
    ["axbd", "abc", false],
    ["abc", "abcde", false],
    ["abcde", "abc", false],
    ["abc", "xabc", true],
    ["abc", "abcx", true],
  ])("%j and %j: %s", (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });
});

describe("swap-aware edit distance", () => {
  it.each([
    ["", "abc", 3],
    ["abc", "", 3],
    ["kitten", "sitting", 3],
    ["ab", "ba", 1],
    ["abc", "acb", 1],
    ["abcdef", "badcfe", 3],
    ["ca", "abc", 3],
    ["flaw", "lawn", 2],
    ["abc", "abd", 1],
    ["abcd", "abdc", 1],
    ["abcd", "cdab", 4],
  ])("%j to %j: %i", (a, b, expected) => {
    expect(swapAwareDistance(a, b)).toBe(expected);
  });
});
