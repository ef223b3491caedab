import { describe, expect, it } from "vitest";
import { inflectedTerms } from "../../../src/core/query/inflected-terms.ts";
import { readQuery } from "../../../src/core/query/read-query.ts";
import { rankPassages } from "../../../src/core/ranking/rank-passages.ts";
import type { Corpus } from "../corpus.ts";
import { corpusOf, passageWith, TEST_CREDITS } from "../corpus.ts";

describe("other degrees of a question's adjective, as index terms", () => {
  // Built per test: a memo shared across tests would hide a broken rule from mutation testing.
  const fresh = () =>
    corpusOf({
      "airports.md":
        "It is the busiest airport in the region.\n\nThe forest lies to the fore of the hills.\n\nThe bigger harbour closed.",
    });
  const termIn = (corpus: Corpus, term: string) => ({ term, id: corpus.index.termId(term) });
  /** The same term as a question's stand-in: of the inflected kind, at the credit given for it. */
  const standInIn = (corpus: Corpus, term: string) => ({
    ...termIn(corpus, term),
    kind: "inflected",
    credit: TEST_CREDITS.inflected,
  });

  it("are the other degrees of an adjective that the documents use", () => {
    const corpus = fresh();
    expect(inflectedTerms(corpus.index, "busy")).toEqual([termIn(corpus, "busiest")]);
    expect(inflectedTerms(corpus.index, "biggest")).toEqual([termIn(corpus, "bigger")]);
  });

  it("never read a listed word as a degree of another ('forest' is not 'fore' made superlative)", () => {
    const corpus = fresh();
    expect(inflectedTerms(corpus.index, "forest")).toEqual([]);
  });

  it("are read whatever the question's case", () => {
    const corpus = fresh();
    expect(inflectedTerms(corpus.index, "Busy")).toEqual([termIn(corpus, "busiest")]);
  });

  it("come only from adjectives: a verb's -est form is no superlative", () => {
    const withVerb = corpusOf({ "letters.md": "They send letters." });
    expect(inflectedTerms(withVerb.index, "sendest")).toEqual([]);
  });

  it("let 'is it a busy airport' find 'the busiest airport'", () => {
    const corpus = fresh();
    const query = readQuery(corpus.index, corpus.vocabulary, "is it a busy airport", {
      credits: TEST_CREDITS,
    });
    expect(query.terms.find((term) => term.word === "busy")?.variants).toContainEqual(
      standInIn(corpus, "busiest"),
    );
    const [best] = rankPassages(corpus.index, corpus.passages, query);
    expect(best?.passage).toBe(passageWith(corpus, "busiest airport"));
  });

  it("are not looked up for a word the documents write as asked", () => {
    const withBoth = corpusOf({ "ports.md": "The big harbour.\n\nThe bigger harbour closed." });
    const query = readQuery(withBoth.index, withBoth.vocabulary, "which harbour is big");
    expect(query.terms.find((term) => term.word === "big")?.variants).toEqual([]);
  });
});

describe("other forms of a question's irregular verb, as index terms", () => {
  // Built per test: a memo shared across tests would hide a broken rule from mutation testing.
  const fresh = () =>
    corpusOf({
      "signals.md":
        "The move sent a clear signal to the West.\n\nThe harbour was calm.\n\nThe birds flew south.",
    });
  const termIn = (corpus: Corpus, term: string) => ({ term, id: corpus.index.termId(term) });
  /** The same term as a question's stand-in: of the inflected kind, at the credit given for it. */
  const standInIn = (corpus: Corpus, term: string) => ({
    ...termIn(corpus, term),
    kind: "inflected",
    credit: TEST_CREDITS.inflected,
  });

  it("are the other forms of the verb that the documents use", () => {
    const corpus = fresh();
    expect(inflectedTerms(corpus.index, "sending")).toEqual([termIn(corpus, "sent")]);
    expect(inflectedTerms(corpus.index, "fly")).toEqual([termIn(corpus, "flew")]);
  });

  it("let 'what message was it sending' find 'sent a clear signal'", () => {
    const corpus = fresh();
    const query = readQuery(corpus.index, corpus.vocabulary, "what signal was it sending", {
      credits: TEST_CREDITS,
    });
    expect(query.terms.find((term) => term.word === "sending")?.variants).toContainEqual(
      standInIn(corpus, "sent"),
    );
    const [best] = rankPassages(corpus.index, corpus.passages, query);
    expect(best?.passage).toBe(passageWith(corpus, "sent a clear signal"));
  });

  it("leave out forms the documents do not use", () => {
    const corpus = fresh();
    expect(inflectedTerms(corpus.index, "flown")).toEqual([termIn(corpus, "flew")]);
  });

  it("are not looked up for a word the documents write as asked", () => {
    const withBoth = corpusOf({ "signals.md": "They send word.\n\nThey sent a signal." });
    const query = readQuery(withBoth.index, withBoth.vocabulary, "what did they send");
    expect(query.terms.find((term) => term.word === "send")?.variants).toEqual([]);
  });
});
