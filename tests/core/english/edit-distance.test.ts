import { describe, expect, it } from "vitest";
import { swapAwareDistance, withinOneEdit } from "../../../src/core/english/edit-distance.ts";

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
