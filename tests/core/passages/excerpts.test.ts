import { describe, expect, it } from "vitest";
import { joinOverlaps, quotedPassageOf, quoteOf } from "../../../src/core/passages/excerpts.ts";
import type { Passage } from "../../../src/core/passages/passages.ts";
import type { Ranked } from "../../../src/core/ranking/rank-passages.ts";

/**
 * A one-paragraph document made of `sentences` joined by single spaces, cut
 * into passages the way the index does: a passage's id is the number of its
 * first sentence, so passage ids and sentence numbers run together.
 */
function documentOf(sentences: string[], documentId = "doc") {
  const text = sentences.join(" ");
  const starts: number[] = [];
  let offset = 0;
  for (const sentence of sentences) {
    starts.push(offset);
    offset += sentence.length + 1;
  }
  const startOf = (n: number) => starts[n] as number;
  const endOf = (n: number) => startOf(n) + (sentences[n] as string).length;

  /** The passage of sentences `first` through `last`. */
  const passage = (first: number, last: number): Passage => {
    const start = startOf(first);
    const end = endOf(last);
    return {
      id: first,
      documentId,
      title: `Title of ${documentId}`,
      page: 12,
      paragraph: 3,
      start,
      end,
      firstSentence: first,
      lastSentence: last,
      sentences: Array.from({ length: last - first + 1 }, (_, i) => ({
        start: startOf(first + i) - start,
        end: endOf(first + i) - start,
      })),
      text: text.slice(start, end),
    };
  };

  /** Calls made to `join`, and the passages `joinOverlaps` asks it for. */
  const joins: [number, number][] = [];
  const join = (id: number, throughId: number): Passage => {
    joins.push([id, throughId]);
    return passage(id, throughId + 1);
  };
  return { text, passage, join, joins };
}

/** A ranked two-sentence window starting at sentence `first`. */
function ranked(
  doc: ReturnType<typeof documentOf>,
  first: number,
  score: number,
  bestSentence = 0,
): Ranked {
  return {
    passage: doc.passage(first, first + 1),
    score,
    bestSentence,
    throughId: first,
    typed: false,
    askedForFact: false,
  };
}

/** Eight sentences of 40 characters each: any join stays far below the length cap. */
const shortSentences = Array.from({ length: 8 }, (_, n) =>
  `Sentence ${n} says its own thing here.`.padEnd(40, "x"),
);

describe("joinOverlaps: which passages are quoted", () => {
  it("keeps passages that share no sentence, in ranked order", () => {
    const doc = documentOf(shortSentences);
    const entries = [ranked(doc, 4, 0.9), ranked(doc, 0, 0.8), ranked(doc, 2, 0.1)];
    expect(joinOverlaps(entries, doc.join)).toEqual(entries);
    expect(doc.joins).toEqual([]);
  });

  it("keeps passages of different documents apart even where their sentence numbers overlap", () => {
    const first = documentOf(shortSentences, "first");
    const second = documentOf(shortSentences, "second");
    const entries = [ranked(first, 0, 0.9), ranked(second, 1, 0.85)];
    expect(joinOverlaps(entries, first.join)).toEqual(entries);
  });

  it("joins a passage sharing one sentence with a better one when it scores at least 0.6 of it", () => {
    const doc = documentOf(shortSentences);
    const result = joinOverlaps([ranked(doc, 2, 1), ranked(doc, 3, 0.6)], doc.join);
    expect(doc.joins).toEqual([[2, 3]]);
    expect(result).toEqual([
      {
        passage: doc.passage(2, 4),
        score: 1,
        bestSentence: 0,
        throughId: 3,
        typed: false,
        askedForFact: false,
      },
    ]);
  });

  it("drops, without joining, an overlapping passage scoring under 0.6 of the better one", () => {
    const doc = documentOf(shortSentences);
    const better = ranked(doc, 2, 1);
    expect(joinOverlaps([better, ranked(doc, 3, 0.59)], doc.join)).toEqual([better]);
    expect(doc.joins).toEqual([]);
  });

  it("judges the score share against the passage it overlaps, not the best of all", () => {
    const doc = documentOf(shortSentences);
    const top = ranked(doc, 0, 1);
    const second = ranked(doc, 4, 0.5);
    const result = joinOverlaps([top, second, ranked(doc, 5, 0.31)], doc.join);
    expect(result.map((entry) => [entry.passage.id, entry.throughId])).toEqual([
      [0, 0],
      [4, 5],
    ]);
  });

  it("drops a passage overlapping two quotes, since joined it would make them share a sentence", () => {
    const doc = documentOf(shortSentences);
    const entries = [ranked(doc, 0, 1), ranked(doc, 2, 0.9)];
    expect(joinOverlaps([...entries, ranked(doc, 1, 0.95)], doc.join)).toEqual(entries);
    expect(doc.joins).toEqual([]);
  });

  it("joins a quote of exactly 450 characters", () => {
    const doc = documentOf(["a".repeat(150), "b".repeat(148), "c".repeat(150)]);
    const result = joinOverlaps([ranked(doc, 0, 1), ranked(doc, 1, 0.9)], doc.join);
    expect(result.map((entry) => entry.passage.text.length)).toEqual([450]);
  });

  it("drops rather than joins when the joined quote would pass 450 characters", () => {
    const doc = documentOf(["a".repeat(150), "b".repeat(148), "c".repeat(151)]);
    const better = ranked(doc, 0, 1);
    expect(joinOverlaps([better, ranked(doc, 1, 0.9)], doc.join)).toEqual([better]);
    const laterBetter = ranked(doc, 1, 1);
    expect(joinOverlaps([laterBetter, ranked(doc, 0, 0.9)], doc.join)).toEqual([laterBetter]);
    expect(doc.joins).toEqual([]);
  });

  it("measures the cap from the earlier passage's start when the better passage comes second", () => {
    const doc = documentOf(["a".repeat(150), "b".repeat(148), "c".repeat(150)]);
    const result = joinOverlaps([ranked(doc, 1, 1), ranked(doc, 0, 0.9)], doc.join);
    expect(doc.joins).toEqual([[0, 1]]);
    expect(result.map((entry) => entry.passage.text.length)).toEqual([450]);
  });

  it("joins further neighbours into a joined quote, spanning all of them", () => {
    const doc = documentOf(shortSentences);
    const result = joinOverlaps(
      [ranked(doc, 3, 1), ranked(doc, 4, 0.9), ranked(doc, 2, 0.8)],
      doc.join,
    );
    expect(doc.joins).toEqual([
      [3, 4],
      [2, 4],
    ]);
    expect(result.map((entry) => [entry.passage.id, entry.throughId, entry.passage.text])).toEqual([
      [2, 4, doc.passage(2, 5).text],
    ]);
  });
});

describe("joinOverlaps: the highlighted sentence of a joined quote", () => {
  it("stays the better passage's best sentence when the better passage comes first", () => {
    const doc = documentOf(shortSentences);
    const [entry] = joinOverlaps([ranked(doc, 2, 1, 1), ranked(doc, 3, 0.9)], doc.join);
    const quote = quoteOf(entry as Ranked);
    expect(quote.text.slice(quote.highlight.start, quote.highlight.end)).toBe(shortSentences[3]);
  });

  it("moves with the better passage's best sentence when a passage before it is joined", () => {
    const doc = documentOf(shortSentences);
    const [entry] = joinOverlaps([ranked(doc, 3, 1, 1), ranked(doc, 2, 0.9, 0)], doc.join);
    expect(entry?.bestSentence).toBe(2);
    const quote = quoteOf(entry as Ranked);
    expect(quote.text.slice(quote.highlight.start, quote.highlight.end)).toBe(shortSentences[4]);
  });

  it("is the better passage's, never the joined passage's own best sentence", () => {
    const doc = documentOf(shortSentences);
    const [entry] = joinOverlaps([ranked(doc, 3, 1, 0), ranked(doc, 2, 0.9, 0)], doc.join);
    const quote = quoteOf(entry as Ranked);
    expect(quote.text.slice(quote.highlight.start, quote.highlight.end)).toBe(shortSentences[3]);
  });
});

describe("quoteOf", () => {
  it("quotes the passage with its best sentence highlighted and its score to three decimals", () => {
    const doc = documentOf(shortSentences);
    const entry: Ranked = { ...ranked(doc, 5, 0.123456, 1), throughId: 6 };
    expect(quoteOf(entry)).toEqual({
      id: 5,
      throughId: 6,
      text: doc.passage(5, 6).text,
      document: "doc",
      title: "Title of doc",
      page: 12,
      paragraph: 3,
      score: 0.123,
      highlight: { start: 41, end: 81 },
    });
  });

  it("rounds a score to the nearest thousandth, up as well as down", () => {
    const doc = documentOf(shortSentences);
    expect(quoteOf(ranked(doc, 0, 0.9996)).score).toBe(1);
    expect(quoteOf(ranked(doc, 0, 0.0004)).score).toBe(0);
  });

  it("highlights the whole passage when it has no such sentence", () => {
    const doc = documentOf(shortSentences);
    const quote = quoteOf({ ...ranked(doc, 0, 0.5), bestSentence: 7 });
    expect(quote.highlight).toEqual({ start: 0, end: doc.passage(0, 1).text.length });
  });
});

describe("quotedPassageOf", () => {
  it("cites the passage itself, through its own id, with the highlight given", () => {
    const doc = documentOf(shortSentences);
    const highlight = { start: 3, end: 9 };
    const quote = quotedPassageOf(doc.passage(1, 2), 0.25, highlight);
    expect(quote).toEqual({
      id: 1,
      throughId: 1,
      text: doc.passage(1, 2).text,
      document: "doc",
      title: "Title of doc",
      page: 12,
      paragraph: 3,
      score: 0.25,
      highlight: { start: 3, end: 9 },
    });
    expect(quote.highlight).not.toBe(highlight);
  });
});
