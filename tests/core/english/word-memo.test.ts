import { describe, expect, it } from "vitest";
import { WORD_MEMO_SIZE, WordMemo } from "../../../src/core/english/word-memo.ts";

/** A memo, one owner, and a count of the values computed. */
function counted() {
  const memo = new WordMemo<object, number>();
  const owner = {};
  let calls = 0;
  const get = (word: string) => memo.get(owner, word, () => ++calls);
  return { memo, owner, get, calls: () => calls };
}

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

describe("WordMemo: what it remembers", () => {
  it("remembers every word of an owner, not only the last", () => {
    const { get, calls } = counted();
    expect(get("aleppo")).toBe(1);
    expect(get("damascus")).toBe(2);
    expect(get("aleppo")).toBe(1);
    expect(get("damascus")).toBe(2);
    expect(calls()).toBe(2);
  });

  it("folds words to lower case, so words that differ in lower case stay apart", () => {
    const { get, calls } = counted();
    get("straße");
    get("STRASSE");
    expect(calls()).toBe(2);
    get("Straße");
    expect(calls()).toBe(2);
  });

  it(`keeps ${WORD_MEMO_SIZE} words before starting over`, () => {
    const { get, calls } = counted();
    for (let i = 0; i < WORD_MEMO_SIZE; i += 1) get(`w${i}`);
    get("w0");
    expect(calls()).toBe(WORD_MEMO_SIZE);
  });

  it("remembers a value even when it is undefined", () => {
    const memo = new WordMemo<object, number | undefined>();
    const owner = {};
    let calls = 0;
    const compute = () => {
      calls += 1;
      return undefined;
    };
    memo.get(owner, "none", compute);
    memo.get(owner, "none", compute);
    expect(calls).toBe(1);
  });
});
