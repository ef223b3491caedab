import { describe, expect, it } from "vitest";
import { pairId } from "../../../src/core/index/search-index.ts";
import { processTerm } from "../../../src/core/index/terms.ts";
import type { QueryTerm, ReadingOptions } from "../../../src/core/query/read-query.ts";
import { readQuery } from "../../../src/core/query/read-query.ts";
import { creditIn, matchIn } from "../../../src/core/query/term-match.ts";
import { corpusOf, passageWith, TEST_CREDITS } from "../corpus.ts";

const letter = (n: number) => String.fromCharCode(97 + Math.floor(n));
/** Forty distinct made-up words the documents use, in one sentence. */
const FORTY = Array.from({ length: 40 }, (_, n) => `zq${letter(n / 26)}${letter(n % 26)}`);
const LONG_SENTENCE = FORTY.join(" ");

const corpus = corpusOf({
  "harbour.md": [
    "Zebrafish and zebrafisk thrive in the harbour, but not zebrafosk.",
    "Kandaharak met Kandahorok and Kandaharokkkk.",
    "The mandril and the mandrel were sold.",
    "Gandol and gandal rowed.",
    "Abcdefg1 and abcdefg2 are codes.",
    "Officials gave pushback on the lighthouse plan.",
    "Vantrask sold copper kettles at the market.",
    "Kettles of copper rusted.",
    "The arms were stored.",
    "Abcdefghijklmnopqrstuvwx and abcdefghijklmnopqrstuvwy differ; so do abcdefghijklmnopqrstuvwxy and abcdefghijklmnopqrstuvwxz.",
    "Abcdefghijklmnopqrstuvwxyz and bbcdefghijklmnopqrstuvwx are joined words.",
    `${LONG_SENTENCE}.`,
  ].join("\n\n"),
});

/** `question` read over the corpus, stand-ins credited by {@link TEST_CREDITS}. */
const read = (question: string, options: ReadingOptions = {}) =>
  readQuery(corpus.index, corpus.vocabulary, question, { credits: TEST_CREDITS, ...options });
const termOf = (question: string, word: string): QueryTerm => {
  const stem = processTerm(word);
  const found = read(question).terms.find((term) => term.term === stem);
  if (!found) throw new Error(`${question}: no term ${stem}`);
  return found;
};
const idOf = (word: string) => corpus.index.termId(processTerm(word) as string) as number;

describe("credit a sentence gives a term", () => {
  const sentenceOf = (words: string) => corpus.index.sentences(passageWith(corpus, words).id)[0];
  const sold = sentenceOf("Vantrask sold") as NonNullable<ReturnType<typeof sentenceOf>>;
  const rusted = sentenceOf("Kettles of copper") as NonNullable<ReturnType<typeof sentenceOf>>;
  const unknown = (variants: QueryTerm["variants"]): QueryTerm => ({
    term: "cauldron",
    word: "cauldron",
    id: undefined,
    weight: 1,
    isName: false,
    isFiller: false,
    informativeness: 1,
    variants,
  });

  it("is full for the term itself", () => {
    expect(creditIn(termOf("copper", "copper"), sold)).toBe(1);
  });

  it("is none for a term the documents use elsewhere, without stand-ins", () => {
    expect(creditIn(termOf("copper", "copper"), sentenceOf("The arms") as typeof sold)).toBe(0);
  });

  it("is the best held stand-in's, whatever their order", () => {
    const term = unknown([
      { term: "copper", id: idOf("copper"), kind: "synonym", credit: 0.6 },
      { term: "kettl", id: idOf("kettles"), kind: "relative", credit: 0.3 },
    ]);
    expect(creditIn(term, sold)).toBe(0.6);
  });

  it("is the best credit among the stand-ins the sentence holds", () => {
    const term = unknown([
      { term: "kettl", id: idOf("kettles"), kind: "relative", credit: 0.3 },
      { term: "copper", id: idOf("copper"), kind: "synonym", credit: 0.6 },
      { term: "arm", id: idOf("arms"), kind: "derived", credit: 0.9 },
    ]);
    expect(creditIn(term, sold)).toBe(0.6);
  });

  it("for a two-word stand-in, needs both words together in order", () => {
    const phrase = unknown([
      {
        term: "copper",
        id: idOf("copper"),
        kind: "relative",
        credit: 0.6,
        pair: pairId(idOf("copper"), idOf("kettles")),
      },
    ]);
    expect(creditIn(phrase, sold)).toBe(0.6);
    expect(creditIn(phrase, rusted)).toBe(0);
  });
});

describe("what a sentence holds of a term", () => {
  const sold = corpus.index.sentences(passageWith(corpus, "Vantrask sold").id)[0] as NonNullable<
    ReturnType<typeof corpus.index.sentences>[number]
  >;
  const cauldron = (variants: QueryTerm["variants"]): QueryTerm => ({
    term: "cauldron",
    word: "cauldron",
    id: undefined,
    weight: 1,
    isName: false,
    isFiller: false,
    informativeness: 1,
    variants,
  });

  it("is an exact match, at full credit, for the term itself", () => {
    expect(matchIn(termOf("copper", "copper"), sold)).toEqual({ credit: 1, kind: "exact" });
  });

  it("is the kind and credit of the best-credited stand-in the sentence holds", () => {
    const term = cauldron([
      { term: "kettl", id: idOf("kettles"), kind: "relative", credit: 0.3 },
      { term: "copper", id: idOf("copper"), kind: "derived", credit: 0.7 },
      { term: "arm", id: idOf("arms"), kind: "synonym", credit: 0.9 },
    ]);
    expect(matchIn(term, sold)).toEqual({ credit: 0.7, kind: "derived" });
    expect(creditIn(term, sold)).toBe(0.7);
  });

  it("is no match, of no kind, when the sentence holds neither the term nor a stand-in", () => {
    const term = cauldron([{ term: "arm", id: idOf("arms"), kind: "synonym", credit: 0.9 }]);
    expect(matchIn(term, sold)).toEqual({ credit: 0, kind: null });
  });
});
