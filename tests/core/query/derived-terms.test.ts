import { describe, expect, it } from "vitest";
import { processTerm } from "../../../src/core/index/terms.ts";
import { derivedTerms } from "../../../src/core/query/derived-terms.ts";
import { readQuery } from "../../../src/core/query/read-query.ts";
import { rankPassages } from "../../../src/core/ranking/rank-passages.ts";
import { corpusOf, passageWith, TEST_CREDITS } from "../corpus.ts";

describe("derived terms of a question word the documents lack", () => {
  const corpus = corpusOf({
    "history.md":
      "The invasion of the island began at dawn.\n\nThe harbour was calm that year.\n\nConversion to the new faith was slow.",
  });

  it("are the index terms of its derived forms", () => {
    expect(derivedTerms(corpus.index, "invade")).toEqual([
      { term: "invas", id: corpus.index.termId("invas") },
    ]);
  });

  it("leave out a derived form that shares the word's own term ('religiousness' for 'religious')", () => {
    const pious = corpusOf({ "faith.md": "A religious order.\n\nThe religiousness of the town." });
    expect(derivedTerms(pious.index, "religious")).toEqual([]);
  });

  it("leave out derived forms the documents do not use", () => {
    expect(derivedTerms(corpus.index, "harbour")).toEqual([]);
  });

  it("let a question find the passage that words it in another part of speech", () => {
    const query = readQuery(corpus.index, corpus.vocabulary, "when did they invade the island", {
      credits: TEST_CREDITS,
    });
    const invade = query.terms.find((term) => term.word === "invade");
    expect(invade?.id).toBeUndefined();
    expect(invade?.variants).toContainEqual({
      term: "invas",
      id: corpus.index.termId("invas"),
      kind: "derived",
      credit: TEST_CREDITS.derived,
    });
    const [best] = rankPassages(corpus.index, corpus.passages, query);
    expect(best?.passage).toBe(passageWith(corpus, "The invasion"));
  });

  it("are not looked up for a word the documents use: its own matches are better evidence", () => {
    const withBoth = corpusOf({
      "history.md": "They invade often.\n\nThe invasion was slow.",
    });
    const query = readQuery(withBoth.index, withBoth.vocabulary, "why did they invade");
    const invade = query.terms.find((term) => term.term === processTerm("invade"));
    expect(invade?.id).toBeDefined();
    expect(invade?.variants.map((variant) => variant.term)).not.toContain(processTerm("invasion"));
  });
});
