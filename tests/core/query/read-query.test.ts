import { describe, expect, it } from "vitest";
import { FITTED } from "../../../src/core/evidence/fitted-parameters.ts";
import { pairId } from "../../../src/core/index/search-index.ts";
import { processTerm } from "../../../src/core/index/terms.ts";
import type {
  QueryTerm,
  ReadingOptions,
  ReadingRules,
} from "../../../src/core/query/read-query.ts";
import { ALL_RULES, MAX_QUERY_TERMS, readQuery } from "../../../src/core/query/read-query.ts";
import type { StandInKind } from "../../../src/core/query/stand-ins.ts";
import { corpusOf, TEST_CREDITS } from "../corpus.ts";

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
const variantTerms = (term: QueryTerm) => term.variants.map((variant) => variant.term).sort();
const idOf = (word: string) => corpus.index.termId(processTerm(word) as string) as number;

describe("close spellings of words the documents use", () => {
  it("are stand-ins of the spelling kind at its credit, one edit away for a word of up to 9 letters", () => {
    const zebrafish = termOf("zebrafish", "zebrafish");
    expect(variantTerms(zebrafish)).toEqual(["zebrafisk"]);
    expect(zebrafish.variants[0]).toMatchObject({
      kind: "spelling",
      credit: TEST_CREDITS.spelling,
    });
  });

  it("reach two edits from 10 letters on, never three", () => {
    expect(variantTerms(termOf("kandaharak", "kandaharak"))).toEqual(["kandahorok"]);
  });

  it("are looked for from 7 letters on, not in shorter words", () => {
    expect(variantTerms(termOf("mandril", "mandril"))).toEqual(["mandrel"]);
    expect(termOf("gandol", "gandol").variants).toEqual([]);
  });

  it("are looked for in words of up to 24 letters, not longer", () => {
    expect(variantTerms(termOf("abcdefghijklmnopqrstuvwx", "abcdefghijklmnopqrstuvwx"))).toContain(
      processTerm("abcdefghijklmnopqrstuvwy"),
    );
    expect(termOf("abcdefghijklmnopqrstuvwxy", "abcdefghijklmnopqrstuvwxy").variants).toEqual([]);
  });

  it("are not looked for in words holding digits", () => {
    expect(termOf("abcdefg1", "abcdefg1").variants).toEqual([]);
  });
});

describe("corrections of misspelt words", () => {
  it("are typo stand-ins at the typo credit, one edit away or two", () => {
    const vantrask = { term: "vantrask", id: idOf("vantrask"), kind: "typo", credit: 0.82 };
    expect(TEST_CREDITS.typo).toBe(0.82);
    expect(termOf("Vantrosk", "Vantrosk").variants).toEqual([vantrask]);
    expect(termOf("Vontrosk", "Vontrosk").variants).toEqual([vantrask]);
  });

  it("are not looked for three edits away", () => {
    expect(termOf("Vontroskk", "Vontroskk").variants).toEqual([]);
  });

  it("are looked up for the first eight misspelt words of a question only", () => {
    const misspelt = ["b", "c", "d", "e", "f", "g", "h", "i", "j"].map((l) => `V${l}ntrask`);
    const terms = read(misspelt.join(" ")).terms;
    expect(terms.map((term) => term.variants.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 0]);
  });

  it("leave the budget untouched for English words the documents lack", () => {
    const misspelt = ["b", "c", "d", "e", "f", "g", "h", "i"].map((l) => `V${l}ntrask`);
    const terms = read(`zebra ${misspelt.join(" ")}`).terms.slice(1);
    expect(terms.map((term) => term.variants.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });
});

describe("related words of English words the documents lack", () => {
  it("stand in for the first six such words of a question", () => {
    expect(variantTerms(termOf("apple banana cherry grape lemon weapons", "weapons"))).toEqual([
      "arm",
    ]);
    expect(termOf("apple banana cherry grape lemon melon weapons", "weapons").variants).toEqual([]);
  });

  it("are not looked up for chat filler, which leaves the budget untouched", () => {
    expect(termOf("lol", "lol").variants).toEqual([]);
    expect(variantTerms(termOf("apple banana lol cherry grape lemon weapons", "weapons"))).toEqual([
      "arm",
    ]);
  });
});

describe("weights and kinds of question terms", () => {
  it("weighs a term by its rarity, chat filler at a quarter", () => {
    const copper = termOf("copper lol", "copper");
    const lol = termOf("copper lol", "lol");
    expect(copper.weight).toBeCloseTo(corpus.index.rarity(idOf("copper")), 10);
    expect(copper.isFiller).toBe(false);
    expect(lol.isFiller).toBe(true);
    expect(lol.weight).toBeCloseTo(corpus.index.rarity(undefined) * 0.25, 10);
  });

  it("reads a capitalized word after the first as a name, the first word not", () => {
    expect(termOf("where did Vantrask go", "Vantrask").isName).toBe(true);
    expect(termOf("Vantrask went where", "Vantrask").isName).toBe(false);
  });

  it("reads no word in lower case as a name, nor one capitalized only inside", () => {
    const terms = read("where did Vantrask sell copper to vanTrask").terms;
    expect(terms.filter((term) => term.isName).map((term) => term.word)).toEqual(["Vantrask"]);
    expect(read("where did copper go").terms.some((term) => term.isName)).toBe(false);
    expect(read("where did cOpper go").terms.some((term) => term.isName)).toBe(false);
  });

  it("reads a question in capitals only in lower case, with no names", () => {
    const terms = read("WHERE DID VANTRASK SELL COPPER").terms;
    expect(terms.map((term) => term.term)).toEqual(["vantrask", "sell", "copper"]);
    expect(terms.some((term) => term.isName)).toBe(false);
    expect(terms[0]?.id).toBe(idOf("vantrask"));
  });

  it("keeps each term once, as first written", () => {
    const terms = read("Copper or copper kettles").terms;
    expect(terms.map((term) => [term.term, term.word])).toEqual([
      ["copper", "Copper"],
      ["kettl", "kettles"],
    ]);
  });

  it("keeps at most 32 distinct terms", () => {
    const words = Array.from(
      { length: 40 },
      (_, n) => `qz${String.fromCharCode(97 + (n % 26))}${n}`,
    );
    expect(read(words.join(" ")).terms).toHaveLength(MAX_QUERY_TERMS);
  });

  it("drops the speech verb of a question asking what someone said, keeping the rest", () => {
    expect(read("what did Vantrask say about copper").terms.map((term) => term.term)).toEqual([
      "vantrask",
      "copper",
    ]);
  });
});

describe("phrase pairs", () => {
  it("are looked for among the first 33 terms of a question only", () => {
    expect(read(LONG_SENTENCE).pairs).toHaveLength(MAX_QUERY_TERMS);
  });

  it("pair neighbouring known terms, weighted by their summed rarity", () => {
    const { pairs } = read("copper kettles");
    const copper = idOf("copper");
    const kettles = idOf("kettles");
    expect(pairs).toEqual([
      {
        id: pairId(copper, kettles),
        weight: corpus.index.rarity(copper) + corpus.index.rarity(kettles),
      },
    ]);
  });

  it("skip a neighbour the documents never use", () => {
    expect(read("copper zqxv kettles").pairs).toEqual([]);
  });
});

describe("the rules of reading a question", () => {
  const without = (changes: Partial<ReadingRules>): ReadingOptions => ({
    rules: { ...ALL_RULES, ...changes },
  });
  const kinds = (...list: StandInKind[]) => new Set(list);

  it("spell out chat shorthand unless told not to", () => {
    expect(read("whats Vantrask selling").text).not.toContain("whats");
    expect(read("whats Vantrask selling", without({ shorthand: false })).text).toBe(
      "whats Vantrask selling",
    );
  });

  it("look only for the stand-in kinds they name", () => {
    const noTypos = without({ standIns: kinds("spelling", "synonym", "relative", "derived") });
    expect(termOf("Vantrosk", "Vantrosk").variants).toHaveLength(1);
    expect(read("Vantrosk", noTypos).terms[0]?.variants).toEqual([]);
    const onlyTypos = without({ standIns: kinds("typo") });
    expect(read("zebrafish", onlyTypos).terms[0]?.variants).toEqual([]);
    expect(read("Vantrosk", onlyTypos).terms[0]?.variants.map((v) => v.kind)).toEqual(["typo"]);
  });

  it("give each stand-in the credit its kind is given, and the fitted credit by default", () => {
    const halves = Object.fromEntries(
      Object.keys(TEST_CREDITS).map((kind) => [kind, 0.5]),
    ) as typeof TEST_CREDITS;
    expect(read("Vantrosk", { credits: halves }).terms[0]?.variants[0]?.credit).toBe(0.5);
    const fitted = readQuery(corpus.index, corpus.vocabulary, "Vantrosk").terms[0]?.variants[0];
    expect(fitted?.credit).toBe(FITTED.credits.typo);
  });
});
