import { describe, expect, it } from "vitest";
import { FITTED } from "../../../src/core/evidence/fitted-parameters.ts";
import { pairId } from "../../../src/core/index/search-index.ts";
import { processTerm } from "../../../src/core/index/terms.ts";
import { createEngine } from "../../../src/core/index.ts";
import { relatedTerms } from "../../../src/core/query/related-terms.ts";
import { article, contentFolder } from "../../helpers.ts";
import type { Corpus } from "../corpus.ts";
import { corpusOf } from "../corpus.ts";

const idIn = (corpus: Corpus, word: string) =>
  corpus.index.termId(processTerm(word) as string) as number;

describe("words the documents lack", () => {
  it("match their WordNet synonyms, broader and narrower words", () => {
    const engine = article();
    // The passage ranked best, whether or not the decision then answers with it.
    const best = (question: string) => engine.read(question).ranked[0]?.passage.text;
    expect(best("has russia been selling iran weapons")).toContain("arms sales");
    expect(best("where did the russian warplanes take off from")).toContain("fighter jets");
    expect(best("whats their stance on nato ops in the mideast")).toContain(
      "NATO military operations in the Middle East",
    );
  });

  it("stand in as synonyms or as broader words, each at its kind's fitted credit", () => {
    const variantsOf = (question: string, word: string) =>
      article()
        .read(question)
        .query.terms.find((term) => term.word === word)?.variants;
    expect(variantsOf("has russia been selling iran weapons", "weapons")).toContainEqual({
      term: "arm",
      id: expect.any(Number),
      kind: "synonym",
      credit: FITTED.credits.synonym,
    });
    expect(variantsOf("where did the russian warplanes take off from", "warplanes")).toContainEqual(
      {
        term: "fighter",
        id: expect.any(Number),
        kind: "relative",
        credit: FITTED.credits.relative,
      },
    );
  });

  it("match a two-word relative only where both words stand together", () => {
    const dir = contentFolder({
      "places.md": "The east wing was closed.\n\nTrade grew across the Middle East last year.",
    });
    const answer = createEngine(dir, undefined).answer("trade in the mideast");
    expect(answer.passages[0]?.text).toContain("Middle East");
    expect(answer.passages.map((passage) => passage.text)).not.toContain(
      "The east wing was closed.",
    );
  });

  it("count for less than the word itself", () => {
    const dir = contentFolder({
      "arms.md": "The weapons were old.\n\nThe arms were new.",
    });
    expect(createEngine(dir, undefined).answer("which weapons").passages[0]?.text).toBe(
      "The weapons were old.",
    );
  });
});

describe("relatives of a word the documents lack", () => {
  it("are the four closest the documents use: synonyms before broader, narrower and whole words", () => {
    const corpus = corpusOf({
      "armoury.md":
        "The bow hung there.\n\nThe munition was old.\n\nThe weaponry rusted.\n\nThe instrument broke.\n\nThe arm was lifted.\n\nThe weapon was new.",
    });
    expect(relatedTerms(corpus.index, "weapons")).toEqual([
      { term: "weapon", id: idIn(corpus, "weapon"), relation: "synonym" },
      { term: "arm", id: idIn(corpus, "arm"), relation: "synonym" },
      { term: "instrument", id: idIn(corpus, "instrument"), relation: "broader" },
      { term: "weaponri", id: idIn(corpus, "weaponry"), relation: "whole" },
    ]);
  });

  it('keep a term\'s closest relation when WordNet relates it twice ("arm" a synonym, "arms" a whole)', () => {
    const corpus = corpusOf({ "armoury.md": "The arms were stored." });
    expect(relatedTerms(corpus.index, "weapons")).toEqual([
      { term: "arm", id: idIn(corpus, "arm"), relation: "synonym" },
    ]);
  });

  it("count a two-word relative by its rarer word, with the pair both must form", () => {
    const corpus = corpusOf({
      "places.md":
        "Trade grew across the Middle East.\n\nThe east wing closed.\n\nThe east gate opened.",
    });
    const middle = idIn(corpus, "middle");
    const east = idIn(corpus, "east");
    expect(relatedTerms(corpus.index, "mideast")).toEqual([
      { term: "middl", id: middle, relation: "synonym", pair: pairId(middle, east) },
    ]);
  });

  it("retrieve the phrase by its second word when that one is rarer", () => {
    const corpus = corpusOf({
      "places.md":
        "Trade grew across the Middle East.\n\nThe middle wing closed.\n\nThe middle gate opened.",
    });
    const middle = idIn(corpus, "middle");
    const east = idIn(corpus, "east");
    expect(relatedTerms(corpus.index, "mideast")).toEqual([
      { term: "east", id: east, relation: "synonym", pair: pairId(middle, east) },
    ]);
  });

  it("retrieve the phrase by its first word when both are as rare", () => {
    const corpus = corpusOf({ "places.md": "Trade grew across the Middle East." });
    expect(relatedTerms(corpus.index, "mideast")[0]?.term).toBe("middl");
  });

  it('keep a phrase\'s closest relation when WordNet relates it twice ("weapon system")', () => {
    const corpus = corpusOf({ "armoury.md": "The weapon system failed." });
    const weapon = idIn(corpus, "weapon");
    const system = idIn(corpus, "system");
    const found = relatedTerms(corpus.index, "weapons");
    expect(found.find((term) => term.pair !== undefined)).toEqual({
      term: "weapon",
      id: weapon,
      relation: "synonym",
      pair: pairId(weapon, system),
    });
  });

  it("leave out a two-word relative one of whose words the documents lack", () => {
    const corpus = corpusOf({ "places.md": "The east wing closed." });
    expect(relatedTerms(corpus.index, "mideast")).toEqual([]);
  });

  it("leave out a two-word relative whose second word the documents lack", () => {
    const corpus = corpusOf({ "armoury.md": "The weapon was new." });
    expect(relatedTerms(corpus.index, "weapons")).toEqual([
      { term: "weapon", id: idIn(corpus, "weapon"), relation: "synonym" },
    ]);
  });

  it("come synonyms first even when WordNet names a broader word before them", () => {
    // WordNet lists "victim" (broader, first sense) before "seagull" (synonym, second sense).
    const corpus = corpusOf({ "shore.md": "The victim wept.\n\nA seagull cried." });
    expect(
      relatedTerms(corpus.index, "gull").map(({ term, relation }) => [term, relation]),
    ).toEqual([
      [processTerm("seagull"), "synonym"],
      [processTerm("victim"), "broader"],
    ]);
  });

  it("are the same however the word is capitalized", () => {
    const corpus = corpusOf({ "armoury.md": "The arms were stored." });
    expect(relatedTerms(corpus.index, "WEAPONS")).toEqual(relatedTerms(corpus.index, "weapons"));
    expect(relatedTerms(corpus.index, "Weapons")).toHaveLength(1);
  });

  it("are none for a word WordNet does not know", () => {
    const corpus = corpusOf({ "armoury.md": "The arms were stored." });
    expect(relatedTerms(corpus.index, "zqxv")).toEqual([]);
  });
});
