import { describe, expect, it } from "vitest";
import { baseFormsOf, gradedForms } from "../../../src/core/english/degree-forms.ts";
import { isAdjective, isListed } from "../../../src/core/english/wordnet.ts";
import { inflectedTerms } from "../../../src/core/query/inflected-terms.ts";
import { readQuery } from "../../../src/core/query/read-query.ts";
import { rankPassages } from "../../../src/core/ranking/rank-passages.ts";
import type { Corpus } from "./corpus.ts";
import { corpusOf, passageWith, TEST_CREDITS } from "./corpus.ts";

describe("comparative and superlative of a regular adjective", () => {
  it.each([
    ["busy", "busier", "busiest"],
    ["large", "larger", "largest"],
    ["big", "bigger", "biggest"],
    ["hot", "hotter", "hottest"],
    ["thin", "thinner", "thinnest"],
    ["solid", "solider", "solidest"],
    ["slow", "slower", "slowest"],
    ["new", "newer", "newest"],
    ["grey", "greyer", "greyest"],
    ["cheap", "cheaper", "cheapest"],
    ["cool", "cooler", "coolest"],
    ["neat", "neater", "neatest"],
    ["dynamic", "dynamicer", "dynamicest"],
  ])("%s → %s, %s", (base, comparative, superlative) => {
    expect(gradedForms(base)).toEqual([comparative, superlative]);
  });
});

describe("base forms a comparative or superlative may come from", () => {
  it("undo -iest and -ier to -y, beside the plain readings", () => {
    expect(baseFormsOf("busiest")).toEqual(["busy", "busi", "busie"]);
    expect(baseFormsOf("busier")).toEqual(["busy", "busi", "busie"]);
  });

  it("undo a doubled consonant and a dropped e", () => {
    expect(baseFormsOf("biggest")).toEqual(["bigg", "bigge", "big"]);
    expect(baseFormsOf("largest")).toEqual(["larg", "large"]);
  });

  it("are none for a word without the endings, or too short to have a base", () => {
    expect(baseFormsOf("airport")).toEqual([]);
    expect(baseFormsOf("er")).toEqual([]);
    expect(baseFormsOf("best")).toEqual([]);
    expect(baseFormsOf("ooest")).toEqual(["ooe"]);
  });
});

describe("WordNet's word lists", () => {
  it("tell adjectives from other words", () => {
    expect(isAdjective("busy")).toBe(true);
    expect(isAdjective("airport")).toBe(false);
  });

  it("list a word only as it stands", () => {
    expect(isListed("forest")).toBe(true);
    expect(isListed("busiest")).toBe(false);
    expect(isListed("not a word")).toBe(false);
  });
});

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
