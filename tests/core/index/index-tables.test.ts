import { describe, expect, it } from "vitest";
import type { ContentDocument } from "../../../src/core/content/load-content.ts";
import { removePageMarkers } from "../../../src/core/content/page-markers.ts";
import type { IndexTables } from "../../../src/core/index/index-tables.ts";
import { buildIndexTables } from "../../../src/core/index/index-tables.ts";
import { sentenceCount, sentenceTermsAt } from "../../../src/core/index/sentence-terms.ts";
import type { Passage } from "../../../src/core/passages/passages.ts";
import { buildPassages, slicePassage } from "../../../src/core/passages/passages.ts";

/** A document of `raw` text, as the content loader makes it. */
function documentOf(raw: string, id: string): ContentDocument {
  return { ...removePageMarkers(raw), id, file: `${id}.md`, title: id, metadata: {} };
}

/** The tables of `passages`, and the terms each passage was handed over with. */
function tablesOf(passages: readonly Passage[]) {
  const handed: [number, string[]][] = [];
  const tables = buildIndexTables(passages, (passage, terms) => handed.push([passage.id, terms]));
  return { tables, handed };
}

/** Each sentence of `tables` as its terms, by number. */
function sentenceWords(tables: IndexTables): string[][] {
  return Array.from({ length: sentenceCount(tables.sentenceTerms) }, (_, number) =>
    [...sentenceTermsAt(tables.sentenceTerms, number).terms].map(
      (id) => tables.vocabulary[id] as string,
    ),
  );
}

/** Each passage's sentences, as corpus-wide numbers. */
function passageSentences(tables: IndexTables): number[][] {
  return Array.from(tables.firstSentenceOf, (first, passage) =>
    Array.from({ length: tables.sentenceCountOf[passage] as number }, (_, i) => first + i),
  );
}

describe("buildIndexTables", () => {
  it("reads each sentence once, numbering a document's sentences after the one before", () => {
    const passages = buildPassages([
      documentOf("Cat sat. Dog ran. Cat ran.", "a"),
      documentOf("Bird flew.", "b"),
    ]);
    const { tables } = tablesOf(passages);
    expect(tables.vocabulary).toEqual(["cat", "sat", "dog", "ran", "bird", "flew"]);
    expect(sentenceWords(tables)).toEqual([
      ["cat", "sat"],
      ["dog", "ran"],
      ["cat", "ran"],
      ["bird", "flew"],
    ]);
    expect(passageSentences(tables)).toEqual([[0, 1], [1, 2], [3]]);
  });

  it("hands over each passage's terms in reading order, repeats included", () => {
    const passages = buildPassages([
      documentOf("Cat sat. Dog ran. Cat ran.", "a"),
      documentOf("Bird flew.", "b"),
    ]);
    expect(tablesOf(passages).handed).toEqual([
      [0, ["cat", "sat", "dog", "ran"]],
      [1, ["dog", "ran", "cat", "ran"]],
      [2, ["bird", "flew"]],
    ]);
  });

  it("counts the passages holding each term, a passage once however often it has it", () => {
    const passages = buildPassages([
      documentOf("Cat sat. Dog ran. Cat ran.", "a"),
      documentOf("Bird flew.", "b"),
    ]);
    const { tables } = tablesOf(passages);
    const holding = Object.fromEntries(
      tables.vocabulary.map((term, id) => [term, tables.passagesHolding[id]]),
    );
    expect(holding).toEqual({ cat: 2, sat: 1, dog: 2, ran: 2, bird: 1, flew: 1 });
  });

  it("keeps each document's own sentences when two documents share an id", () => {
    const oneSentenceEach = tablesOf(
      buildPassages([documentOf("Cat sat.", "a"), documentOf("Bird flew.", "a")]),
    );
    expect(sentenceWords(oneSentenceEach.tables)).toEqual([
      ["cat", "sat"],
      ["bird", "flew"],
    ]);
    expect(oneSentenceEach.handed).toEqual([
      [0, ["cat", "sat"]],
      [1, ["bird", "flew"]],
    ]);
    expect(passageSentences(oneSentenceEach.tables)).toEqual([[0], [1]]);

    const twoSentencesEach = tablesOf(
      buildPassages([
        documentOf("Cat sat. Dog ran.", "a"),
        documentOf("Bird flew. Fish swam.", "a"),
      ]),
    );
    expect(twoSentencesEach.handed).toEqual([
      [0, ["cat", "sat", "dog", "ran"]],
      [1, ["bird", "flew", "fish", "swam"]],
    ]);
    expect(passageSentences(twoSentencesEach.tables)).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it("keeps the table aligned when a sentence number has no passage of its own", () => {
    const document = documentOf("Cat sat. Dog ran. Bird flew.", "a");
    const [early, late] = buildPassages([document]) as [Passage, Passage];
    // Passages of sentence 0 alone and of sentence 2 alone: sentence 1 is in neither.
    const passages = [
      slicePassage(early, document, 0, 0),
      { ...slicePassage(late, document, 2, 2), id: 1 },
    ];
    const { tables } = tablesOf(passages);
    expect(sentenceWords(tables)).toEqual([["cat", "sat"], [], ["bird", "flew"]]);
    expect(passageSentences(tables)).toEqual([[0], [2]]);
  });

  it("gives a corpus with no passages empty tables", () => {
    const { tables, handed } = tablesOf([]);
    expect(handed).toEqual([]);
    expect(tables.vocabulary).toEqual([]);
    expect([...tables.passagesHolding]).toEqual([]);
    expect(sentenceCount(tables.sentenceTerms)).toBe(0);
  });
});
