import { describe, expect, it } from "vitest";
import { WORD_MEMO_SIZE, WordMemo } from "../../src/core/english/word-memo.ts";

describe("WordMemo", () => {
  it("computes a word's value once per owner, whatever its case", () => {
    const memo = new WordMemo<object, number>();
    const owner = {};
    let calls = 0;
    const compute = () => ++calls;
    expect(memo.get(owner, "Aleppo", compute)).toBe(1);
    expect(memo.get(owner, "aleppo", compute)).toBe(1);
    expect(memo.get({}, "aleppo", compute)).toBe(2);
  });

  it("starts over past its size, so a flood of words cannot grow it", () => {
    const memo = new WordMemo<object, number>();
    const owner = {};
    let calls = 0;
    for (let i = 0; i <= WORD_MEMO_SIZE; i += 1) memo.get(owner, `w${i}`, () => ++calls);
    memo.get(owner, "w0", () => ++calls);
    expect(calls).toBe(WORD_MEMO_SIZE + 2);
  });
});
