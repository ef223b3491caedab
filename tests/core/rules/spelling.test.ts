import { describe, expect, it } from "vitest";
import {
  MAX_TYPO_LENGTH,
  MIN_TYPO_LENGTH,
  mayBeMisspelt,
  typoCorrections,
} from "../../../src/core/query/spelling.ts";
import { corpusOf } from "./corpus.ts";

/** Corrections are remembered per vocabulary: each look-up here reads a fresh one. */
const WORDS = {
  "words.md": [
    "The bank opened.",
    "The bank closed.",
    "The bank failed.",
    "The bark peeled.",
    "The bark fell.",
    "The bask ended.",
    "They flew to Oslo. The Oslsoxx ran.",
    "The balk came.",
    "The balk went.",
    "The balk stayed.",
    "The balk grew.",
  ].join("\n\n"),
};
const corrected = (word: string) => {
  const corpus = corpusOf(WORDS);
  return typoCorrections(corpus.index, corpus.vocabulary, word).map(({ term, edits }) => [
    term,
    edits,
  ]);
};

describe("words worth correcting", () => {
  it("are from 4 to 24 letters long", () => {
    expect(mayBeMisspelt("q".repeat(MIN_TYPO_LENGTH))).toBe(true);
    expect(mayBeMisspelt("q".repeat(MIN_TYPO_LENGTH - 1))).toBe(false);
    expect(mayBeMisspelt("q".repeat(MAX_TYPO_LENGTH))).toBe(true);
  });

  it("are no words of general English", () => {
    expect(mayBeMisspelt("paint")).toBe(false);
    expect(mayBeMisspelt("pqint")).toBe(true);
  });
});

describe("corrections", () => {
  it("are none for a word not worth correcting", () => {
    expect(corrected("bak")).toEqual([]);
    expect(corrected("bank")).toEqual([]);
  });

  it("are the three most used of the closest words, most passages first", () => {
    // balk: 4 passages, bank: 3, bark: 2, bask: 1 — all one edit from "bazk";
    // "balk" is written last, so the vocabulary's own order puts it last.
    expect(corrected("bazk")).toEqual([
      ["balk", 1],
      ["bank", 1],
      ["bark", 1],
    ]);
  });

  it("count two swapped neighbours as one edit, even in a short word", () => {
    expect(corrected("Olso")).toEqual([["oslo", 1]]);
  });

  it("are none beyond the edits a short word allows", () => {
    expect(corrected("Oxlx")).toEqual([]);
  });

  it("are the same for a word however it is capitalized", () => {
    expect(corrected("BAZK")).toEqual(corrected("bazk"));
    expect(corrected("OLSO")).toEqual([["oslo", 1]]);
  });

  it("are remembered per vocabulary, whatever the case of the word", () => {
    const corpus = corpusOf(WORDS);
    const first = typoCorrections(corpus.index, corpus.vocabulary, "Bazk");
    expect(typoCorrections(corpus.index, corpus.vocabulary, "bazk")).toBe(first);
    const other = corpusOf(WORDS);
    expect(typoCorrections(other.index, other.vocabulary, "bazk")).not.toBe(first);
  });

  it("are only the closest: none two edits away beside one edit away", () => {
    expect(corrected("Oslso")).toEqual([["oslo", 1]]);
  });
});
