import { describe, expect, it } from "vitest";
import {
  pairId,
  SentenceTermTableBuilder,
  sentenceCount,
  sentenceTermsAt,
} from "../../../src/core/index/sentence-terms.ts";

/** The table's arrays as plain lists. */
function plain(builder: SentenceTermTableBuilder) {
  const table = builder.finish();
  return {
    termOffsets: [...table.termOffsets],
    termIds: [...table.termIds],
    pairOffsets: [...table.pairOffsets],
    pairIds: [...table.pairIds],
  };
}

describe("pairId", () => {
  it("puts the first id above the 26 bits of the second", () => {
    expect(pairId(0, 5)).toBe(5);
    expect(pairId(1, 0)).toBe(2 ** 26);
    expect(pairId(3, 7)).toBe(3 * 2 ** 26 + 7);
    expect(pairId(3, 7)).not.toBe(pairId(7, 3));
  });
});

describe("the sentence term table", () => {
  it("starts with no sentences", () => {
    const builder = new SentenceTermTableBuilder();
    expect(builder.count).toBe(0);
    expect(plain(builder)).toEqual({
      termOffsets: [0],
      termIds: [],
      pairOffsets: [0],
      pairIds: [],
    });
    expect(sentenceCount(builder.finish())).toBe(0);
  });

  it("keeps a sentence's distinct terms in ascending order, and its distinct neighbouring pairs", () => {
    const builder = new SentenceTermTableBuilder();
    builder.add([12, 3, 12, 3, 9]);
    expect(plain(builder)).toEqual({
      termOffsets: [0, 3],
      termIds: [3, 9, 12],
      pairOffsets: [0, 3],
      // (12, 3) twice, (3, 12), (3, 9): numerically ascending, not as text.
      pairIds: [pairId(3, 9), pairId(3, 12), pairId(12, 3)],
    });
  });

  it("sorts term ids as numbers, not as text", () => {
    const builder = new SentenceTermTableBuilder();
    builder.add([100, 9, 20]);
    expect(plain(builder).termIds).toEqual([9, 20, 100]);
  });

  it("gives a one-word sentence no pairs and an empty sentence nothing", () => {
    const builder = new SentenceTermTableBuilder();
    builder.add([4]);
    builder.add([]);
    builder.add([4, 4]);
    expect(builder.count).toBe(3);
    expect(plain(builder)).toEqual({
      termOffsets: [0, 1, 1, 2],
      termIds: [4, 4],
      pairOffsets: [0, 0, 0, 1],
      pairIds: [pairId(4, 4)],
    });
  });

  it("reads each sentence back by number, as views of the shared arrays", () => {
    const builder = new SentenceTermTableBuilder();
    builder.add([1, 2]);
    builder.add([]);
    builder.add([5, 3, 5]);
    const table = builder.finish();
    expect(sentenceCount(table)).toBe(3);
    const sentences = [0, 1, 2].map((number) => sentenceTermsAt(table, number));
    expect(sentences.map(({ terms, pairs }) => [[...terms], [...pairs]])).toEqual([
      [[1, 2], [pairId(1, 2)]],
      [[], []],
      [
        [3, 5],
        [pairId(3, 5), pairId(5, 3)],
      ],
    ]);
    expect(sentences[2]?.terms.buffer).toBe(table.termIds.buffer);
    expect(sentences[2]?.pairs.buffer).toBe(table.pairIds.buffer);
  });

  it("grows past its first thousand entries without losing any", () => {
    const builder = new SentenceTermTableBuilder();
    const count = 2500;
    for (let id = 0; id < count; id += 1) builder.add([id, id + 1]);
    const table = builder.finish();
    expect(builder.count).toBe(count);
    expect(table.termIds.length).toBe(2 * count);
    expect(table.termOffsets.length).toBe(count + 1);
    expect(table.pairIds.length).toBe(count);
    for (let id = 0; id < count; id += 1) {
      const { terms, pairs } = sentenceTermsAt(table, id);
      expect([...terms]).toEqual([id, id + 1]);
      expect([...pairs]).toEqual([pairId(id, id + 1)]);
    }
  });
});
