import { describe, expect, it } from "vitest";
import { pairId } from "../../../src/core/index/search-index.ts";
import { processTerm } from "../../../src/core/index/terms.ts";
import { relatedTerms } from "../../../src/core/query/related-terms.ts";
import type { Corpus } from "./corpus.ts";
import { corpusOf } from "./corpus.ts";

const idIn = (corpus: Corpus, word: string) =>
  corpus.index.termId(processTerm(word) as string) as number;

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
