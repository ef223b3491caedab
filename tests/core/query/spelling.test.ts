import { describe, expect, it } from "vitest";
import { swapAwareDistance, withinOneEdit } from "../../../src/core/english/edit-distance.ts";
import { createEngine } from "../../../src/core/index.ts";
import {
  MAX_TYPO_LENGTH,
  MIN_TYPO_LENGTH,
  maxEditsFor,
  mayBeMisspelt,
  typoCorrections,
} from "../../../src/core/query/spelling.ts";
import { article, contentFolder } from "../../helpers.ts";
import { corpusOf } from "../corpus.ts";

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

describe("misspelt words", () => {
  it("are corrected to the documents' words, from 4 letters on", () => {
    const engine = article();
    expect(engine.answer("whats the alepo offensive evidence of").passages[0]?.text).toContain(
      "Aleppo",
    );
    expect(engine.answer("what happend in lybia in 2011").passages[0]?.text).toContain("Libya");
    expect(engine.answer("when did khamenie meet putin").passages[0]?.text).toContain("Khamenei");
  });

  it("are corrected to the closest word only: one edit before two", () => {
    const dir = contentFolder({
      "words.md": "The harbour was busy.\n\nThe harpoon was sharp.\n\nThe harbor pilots met.",
    });
    // "harbir" is one edit from "harbor", two from "harbour".
    expect(createEngine(dir, undefined).answer("where is the harbir").passages[0]?.text).toBe(
      "The harbor pilots met.",
    );
  });

  it("are English words left alone, not corrected into the documents' words", () => {
    const dir = contentFolder({ "words.md": "The saint was revered." });
    expect(createEngine(dir, undefined).answer("what about the paint").noAnswer).toBe(true);
  });

  it("are looked up only within bounded length, edits and characters", () => {
    expect(mayBeMisspelt("alepo")).toBe(true);
    expect(mayBeMisspelt("wat")).toBe(false);
    expect(mayBeMisspelt("b2b4")).toBe(false);
    expect(mayBeMisspelt("x".repeat(MAX_TYPO_LENGTH + 1))).toBe(false);
    expect(maxEditsFor(4)).toBe(1);
    expect(maxEditsFor(5)).toBe(2);
    expect(maxEditsFor(4000)).toBe(2);
  });

  it("are told by edit distance", () => {
    expect(withinOneEdit("tehy", "they")).toBe(true);
    expect(withinOneEdit("nosre", "none")).toBe(false);
  });
});

describe("edit distance", () => {
  it("counts a swap of neighbouring letters as one edit", () => {
    expect(swapAwareDistance("nosre", "norse")).toBe(1);
    expect(swapAwareDistance("lybia", "libya")).toBe(2);
    expect(swapAwareDistance("alepo", "aleppo")).toBe(1);
    expect(swapAwareDistance("same", "same")).toBe(0);
  });

  it("lets a swapped word be corrected at one edit", () => {
    const dir = contentFolder({ "sagas.md": "The Norse sailed west.\n\nThe nurses stayed home." });
    expect(createEngine(dir, undefined).answer("where did the nosre sail").passages[0]?.text).toBe(
      "The Norse sailed west.",
    );
  });
});

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
