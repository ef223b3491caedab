import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ContentDocument } from "../../../src/core/content/load-content.ts";
import { removePageMarkers } from "../../../src/core/content/page-markers.ts";
import { holds, pairId, SearchIndex } from "../../../src/core/index/search-index.ts";
import { termSequence } from "../../../src/core/index/terms.ts";
import { loadContent } from "../../../src/core/index.ts";
import { buildPassages } from "../../../src/core/passages/passages.ts";
import { article, contentFolder } from "../../helpers.ts";

/** A document of `raw` text, as the content loader makes it. */
function documentOf(raw: string, id: string): ContentDocument {
  return { ...removePageMarkers(raw), id, file: `${id}.md`, title: id, metadata: {} };
}

/**
 * Three passages: "Cat sat. Dog ran." and "Dog ran. Cat ran." of one
 * document, "Bird flew." of another.
 */
function smallIndex() {
  const passages = buildPassages([
    documentOf("Cat sat. Dog ran. Cat ran.", "a"),
    documentOf("Bird flew.", "b"),
  ]);
  return { passages, index: new SearchIndex(passages) };
}

/** The term ids `index` should hold for each sentence of each passage, read afresh from the text. */
function expectSentencesMatchText(index: SearchIndex, passages: ReturnType<typeof buildPassages>) {
  for (const passage of passages) {
    const sentences = index.sentences(passage.id);
    expect(sentences).toHaveLength(passage.sentences.length);
    passage.sentences.forEach((span, position) => {
      const terms = termSequence(passage.text.slice(span.start, span.end));
      const ids = [...new Set(terms.map((term) => index.termId(term) as number))].sort(
        (a, b) => a - b,
      );
      expect([...(sentences[position]?.terms ?? [])]).toEqual(ids);
    });
  }
}

describe("holds", () => {
  it("finds every value of ascending lists of every length up to eight, and nothing between or beyond", () => {
    for (let length = 0; length <= 8; length += 1) {
      const values = Array.from({ length }, (_, i) => 10 * (i + 1));
      for (const kind of [Uint32Array, Float64Array]) {
        const sorted = kind.from(values);
        for (const value of values)
          expect(holds(sorted, value), `${value} of ${values}`).toBe(true);
        for (const value of [0, 5, ...values.map((v) => v + 5)])
          expect(holds(sorted, value), `${value} of ${values}`).toBe(false);
      }
    }
  });

  it("finds pair ids beyond 32 bits", () => {
    const pairs = Float64Array.from([pairId(3, 1), pairId(300, 2), pairId(300, 5)]);
    expect(holds(pairs, pairId(300, 2))).toBe(true);
    expect(holds(pairs, pairId(300, 3))).toBe(false);
  });
});

describe("the search index", () => {
  it("counts its passages and knows each index term's id", () => {
    const { index } = smallIndex();
    expect(index.passageCount).toBe(3);
    expect(["cat", "sat", "dog", "ran", "bird", "flew"].map((term) => index.termId(term))).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
    expect(index.termId("fish")).toBeUndefined();
  });

  it("counts the passages holding a term, none for an id it does not have", () => {
    const { index } = smallIndex();
    expect(index.passagesWith(index.termId("cat") as number)).toBe(2);
    expect(index.passagesWith(index.termId("bird") as number)).toBe(1);
    expect(index.passagesWith(99)).toBe(0);
  });

  it("rates a term's rarity by BM25's inverse document frequency, a term of no passage the rarest", () => {
    const { index } = smallIndex();
    const cat = index.termId("cat") as number;
    const bird = index.termId("bird") as number;
    expect(index.rarity(cat)).toBeCloseTo(Math.log(1 + 1.5 / 2.5), 12);
    expect(index.rarity(bird)).toBeCloseTo(Math.log(1 + 2.5 / 1.5), 12);
    expect(index.rarity(undefined)).toBeCloseTo(Math.log(1 + 3.5 / 0.5), 12);
    expect(index.rarity(99)).toBe(index.rarity(undefined));
  });

  it("gives each passage's sentences as term ids, and none for a passage it does not have", () => {
    const { index } = smallIndex();
    const id = (term: string) => index.termId(term) as number;
    const terms = (passage: number) => index.sentences(passage).map((s) => [...s.terms]);
    expect(terms(0)).toEqual([
      [id("cat"), id("sat")],
      [id("dog"), id("ran")],
    ]);
    expect(terms(1)).toEqual([
      [id("dog"), id("ran")],
      [id("cat"), id("ran")],
    ]);
    expect(terms(2)).toEqual([[id("bird"), id("flew")]]);
    expect(index.sentences(0)[0]?.pairs).toEqual(Float64Array.from([pairId(id("cat"), id("sat"))]));
    expect(index.sentences(3)).toEqual([]);
  });

  it("finds index terms within the edits allowed, never the term itself", () => {
    const { index } = smallIndex();
    const close = (term: string, maxEdits: number) =>
      index
        .closeSpellings(term, maxEdits)
        .map((found) => [found.term, found.id])
        .sort();
    const withId = (...terms: string[]) => terms.map((term) => [term, index.termId(term)]);
    expect(close("cat", 1)).toEqual(withId("sat"));
    expect(close("cap", 1)).toEqual(withId("cat"));
    expect(close("rat", 1)).toEqual(withId("cat", "ran", "sat"));
    expect(close("bard", 1)).toEqual(withId("bird"));
    expect(close("bad", 1)).toEqual([]);
    expect(close("bad", 2)).toContainEqual(["bird", index.termId("bird")]);
  });

  it("finds passages through MiniSearch by their terms", () => {
    const { index } = smallIndex();
    expect(
      index.search
        .search("cat")
        .map((result) => result.id)
        .sort(),
    ).toEqual([0, 1]);
    expect(index.search.search("flew").map((result) => result.id)).toEqual([2]);
  });
});

describe("the search index's sentence terms", () => {
  it("hold each sentence's own terms, for every passage of the article", () => {
    const passages = buildPassages(article().documents);
    expectSentencesMatchText(new SearchIndex(passages), passages);
  });

  it("stay with their sentences when two files share a name in two folders", () => {
    const dir = contentFolder({});
    for (const [folder, text] of [
      ["birds", "Ravens nest on cliffs. Owls hunt at night.\n\nSparrows eat seeds."],
      ["beasts", "Tigers stalk deer. Whales sing songs.\n\nBees make honey."],
    ] as const) {
      mkdirSync(join(dir, folder));
      writeFileSync(join(dir, folder, "notes.md"), text);
    }
    const documents = loadContent(dir);
    const passages = buildPassages(documents);
    const index = new SearchIndex(passages);
    expectSentencesMatchText(index, passages);
    const bees = passages.find((passage) => passage.text.includes("Bees")) as (typeof passages)[0];
    expect(index.sentences(bees.id)[0]?.terms).toContain(index.termId("bee"));
  });

  it("count the passages holding each term", () => {
    const passages = buildPassages(article().documents);
    const index = new SearchIndex(passages);
    const id = index.termId("iran") as number;
    const holding = passages.filter((passage) => termSequence(passage.text).includes("iran"));
    expect(index.passagesWith(id)).toBe(holding.length);
  });
});
