import { describe, expect, it } from "vitest";
import {
  foldText,
  pipelineFingerprint,
  processTerm,
  stopWords,
  termPairsOf,
  termSequence,
  termsOf,
  tokenize,
} from "../../../src/core/index/terms.ts";

describe("folding text", () => {
  it("drops accents", () => {
    expect(foldText("Café Zoë naïve")).toBe("Cafe Zoe naive");
  });

  it("makes curly and other single quotes, primes and backticks straight apostrophes", () => {
    expect(foldText("‘a’ ‚b‛ c′ d`")).toBe("'a' 'b' c' d'");
  });

  it("makes curly and other double quotes straight", () => {
    expect(foldText("“a” „b‟")).toBe('"a" "b"');
  });

  it("makes every dash and minus a hyphen", () => {
    expect(foldText("a‐b‑c‒d–e—f―g−h")).toBe("a-b-c-d-e-f-g-h");
  });
});

describe("splitting text into words", () => {
  it("splits on anything not a letter or digit, and keeps case", () => {
    expect(tokenize("  Owls, in 2012—hunted (mice)!  ")).toEqual([
      "Owls",
      "in",
      "2012",
      "hunted",
      "mice",
    ]);
  });

  it("makes dotted acronyms of two letters or more one word", () => {
    expect(tokenize("The U.S. and U.S.A. met A. Smith")).toEqual([
      "The",
      "US",
      "and",
      "USA",
      "met",
      "A",
      "Smith",
    ]);
  });

  it("drops a possessive 's, with any apostrophe and in any case", () => {
    expect(tokenize("Russia's Iran’s JONES'S")).toEqual(["Russia", "Iran", "JONES"]);
  });

  it("drops n't, with any apostrophe and in any case", () => {
    expect(tokenize("didn't won’t CAN'T")).toEqual(["did", "wo", "CA"]);
  });

  it("drops 's and n't only at the end of a word", () => {
    expect(tokenize("it'sy can'ts")).toEqual(["it", "sy", "can", "ts"]);
  });

  it("reads accented words as their plain letters", () => {
    expect(tokenize("Café")).toEqual(["Cafe"]);
  });
});

describe("turning a word into its index term", () => {
  it("stems a word in lower case", () => {
    expect(processTerm("Running")).toBe("run");
    expect(processTerm("architectures")).toBe("architectur");
  });

  it("drops English stop words in any case", () => {
    for (const word of ["the", "The", "and", "of", "their"]) expect(processTerm(word)).toBeNull();
  });

  it.each([
    "one",
    "another",
    "what",
    "whats",
    "which",
    "who",
    "whom",
    "whose",
    "when",
    "where",
    "why",
    "how",
    "does",
    "did",
    "do",
    "done",
    "doing",
    "can",
    "could",
    "would",
    "should",
    "will",
    "shall",
    "may",
    "might",
    "must",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "tell",
    "explain",
    "describe",
    "name",
    "many",
    "much",
    "kind",
    "type",
    "according",
    "article",
  ])("drops the question word %j", (word) => {
    expect(stopWords.has(word)).toBe(true);
    expect(processTerm(word)).toBeNull();
    expect(processTerm(word[0]?.toUpperCase() + word.slice(1))).toBeNull();
  });

  it("keeps an all-capital word of two to five letters as an acronym, even a stop word", () => {
    expect(processTerm("IT")).toBe("it");
    expect(processTerm("it")).toBeNull();
    expect(processTerm("It")).toBeNull();
    expect(processTerm("WHICH")).toBe("which");
    expect(processTerm("BEFORE")).toBeNull();
    expect(processTerm("NATO")).toBe("nato");
  });

  it("reads a word of mixed case as no acronym", () => {
    expect(processTerm("tHE")).toBeNull();
  });

  it("drops a single letter, but keeps a single digit", () => {
    expect(processTerm("x")).toBeNull();
    expect(processTerm("X")).toBeNull();
    expect(processTerm("7")).toBe("7");
  });

  it("keeps a word with a digit as it is, in lower case, unstemmed", () => {
    expect(processTerm("1990s")).toBe("1990s");
    expect(processTerm("COVID19s")).toBe("covid19s");
  });

  it("gives the same term for a word asked again", () => {
    expect(processTerm("hunting")).toBe("hunt");
    expect(processTerm("hunting")).toBe("hunt");
    expect(processTerm("the")).toBeNull();
    expect(processTerm("the")).toBeNull();
  });
});

describe("the terms of a text", () => {
  it("are its words' terms in order, repeats kept, stop words left out", () => {
    expect(termSequence("The owls hunted the owls' mice")).toEqual(["owl", "hunt", "owl", "mice"]);
  });

  it("are, as a set, each term once in order of first use", () => {
    expect(termsOf("owls hunt owls and mice hunt")).toEqual(["owl", "hunt", "mice"]);
  });

  it("pair each term with the next, stop words skipped, each pair once", () => {
    expect(termPairsOf("the battle of Hastings, battle of Hastings again")).toEqual([
      "battl hast",
      "hast battl",
      "hast again",
    ]);
    expect(termPairsOf("Hastings")).toEqual([]);
  });
});

describe("the pipeline's fingerprint", () => {
  // Worked out in each test: a fault here must fail the test, not the loading of the file.
  const parts = () => pipelineFingerprint().split("\u0000");

  it("lists every stop and question word, sorted", () => {
    const [words] = parts();
    expect(words).toBe([...stopWords].sort().join(","));
    expect(words?.split(",")).toContain("article");
  });

  it("holds the terms of a probe exercising acronyms, possessives, accents, digits and stemming", () => {
    const [, terms] = parts();
    expect(terms).toBe(
      "us pursu russia revolutionari ideal iran leader unit 2012 cafe nato us us run ran run khamenei polycentr architectur",
    );
  });
});
