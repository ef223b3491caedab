import { describe, expect, it } from "vitest";
import { relatedTerms } from "../../../src/core/related-terms.ts";
import { pairId } from "../../../src/core/search-index.ts";
import { processTerm } from "../../../src/core/text/terms.ts";
import type { Corpus } from "./corpus.ts";
import { corpusOf } from "./corpus.ts";

const idIn = (corpus: Corpus, word: string) =>
  corpus.index.termId(processTerm(word) as string) as number;

describe("relatives of a word the documents lack", () => {
  it("are the four closest the documents use: synonyms (0.6) before broader, narrower and whole words (0.3)", () => {
    const corpus = corpusOf({
      "armoury.md":
        "The bow hung there.\n\nThe munition was old.\n\nThe weaponry rusted.\n\nThe instrument broke.\n\nThe arm was lifted.\n\nThe weapon was new.",
    });
    expect(relatedTerms(corpus.index, "weapons")).toEqual([
      { term: "weapon", id: idIn(corpus, "weapon"), credit: 0.6 },
      { term: "arm", id: idIn(corpus, "arm"), credit: 0.6 },
      { term: "instrument", id: idIn(corpus, "instrument"), credit: 0.3 },
      { term: "weaponri", id: idIn(corpus, "weaponry"), credit: 0.3 },
    ]);
  });

  it('keep a term\'s best credit when WordNet relates it twice ("arm" a synonym, "arms" a whole)', () => {
    const corpus = corpusOf({ "armoury.md": "The arms were stored." });
    expect(relatedTerms(corpus.index, "weapons")).toEqual([
      { term: "arm", id: idIn(corpus, "arm"), credit: 0.6 },
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
      { term: "middl", id: middle, credit: 0.6, pair: pairId(middle, east) },
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
      { term: "east", id: east, credit: 0.6, pair: pairId(middle, east) },
    ]);
  });

  it("retrieve the phrase by its first word when both are as rare", () => {
    const corpus = corpusOf({ "places.md": "Trade grew across the Middle East." });
    expect(relatedTerms(corpus.index, "mideast")[0]?.term).toBe("middl");
  });

  it('keep a phrase\'s best credit when WordNet relates it twice ("weapon system")', () => {
    const corpus = corpusOf({ "armoury.md": "The weapon system failed." });
    const weapon = idIn(corpus, "weapon");
    const system = idIn(corpus, "system");
    const found = relatedTerms(corpus.index, "weapons");
    expect(found.find((term) => term.pair !== undefined)).toEqual({
      term: "weapon",
      id: weapon,
      credit: 0.6,
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
      { term: "weapon", id: idIn(corpus, "weapon"), credit: 0.6 },
    ]);
  });

  it("come synonyms first even when WordNet names a broader word before them", () => {
    // WordNet lists "victim" (broader, first sense) before "seagull" (synonym, second sense).
    const corpus = corpusOf({ "shore.md": "The victim wept.\n\nA seagull cried." });
    expect(relatedTerms(corpus.index, "gull").map(({ term, credit }) => [term, credit])).toEqual([
      [processTerm("seagull"), 0.6],
      [processTerm("victim"), 0.3],
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
