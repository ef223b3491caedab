import { describe, expect, it } from "vitest";
import { collocationSynonyms } from "../../../src/core/english/wordnet.ts";
import { processTerm } from "../../../src/core/index/terms.ts";
import { PARTICLES } from "../../../src/core/query/phrasal-verbs.ts";
import { ALL_RULES, readQuery } from "../../../src/core/query/read-query.ts";
import { STAND_IN_KINDS } from "../../../src/core/query/stand-ins.ts";
import { rankPassages } from "../../../src/core/ranking/rank-passages.ts";
import { corpusOf, TEST_CREDITS } from "../corpus.ts";

describe("phrasal verbs", () => {
  const castle = corpusOf({
    "castle.md":
      "The garrison resisted until spring.\n\nThe garrison held the gate.\n\nThe duchy was established by treaty.\n\nThe flag represented the duchy.",
  });
  const readCastle = (question: string) =>
    readQuery(castle.index, castle.vocabulary, question, { credits: TEST_CREDITS });
  const idIn = (word: string) => castle.index.termId(processTerm(word) as string);

  it("stand in by WordNet's synonyms for the pair, on its last term", () => {
    const query = readCastle("how long did the garrison hold out");
    const hold = query.terms.find((term) => term.word === "hold");
    expect(hold?.variants).toContainEqual({
      term: processTerm("resist"),
      id: idIn("resisted"),
      kind: "phrasal",
      credit: TEST_CREDITS.phrasal,
    });
  });

  it("are not looked for when the phrasal kind is left out of the rules", () => {
    const query = readQuery(castle.index, castle.vocabulary, "how long did the garrison hold out", {
      credits: TEST_CREDITS,
      rules: { ...ALL_RULES, standIns: new Set(STAND_IN_KINDS.filter((k) => k !== "phrasal")) },
    });
    const hold = query.terms.find((term) => term.word === "hold");
    expect(hold?.variants.map((variant) => variant.kind)).not.toContain("phrasal");
    expect(hold?.variants.map((variant) => variant.term)).not.toContain(processTerm("resist"));
  });

  it("let 'what set up the duchy' find 'was established'", () => {
    const query = readCastle("what treaty set up the duchy");
    const [best] = rankPassages(castle.index, castle.passages, query);
    expect(best?.passage.text).toContain("established");
  });

  it("need an adverb particle: a word and a preposition ('stand for') get no synonyms", () => {
    expect(collocationSynonyms("stand", "for")).toContain("represent");
    const query = readCastle("what does the flag stand for");
    const stand = query.terms.find((term) => term.word === "stand");
    expect(stand?.variants.map((variant) => variant.term)).not.toContain(processTerm("represent"));
  });
});

describe("adverb particles of phrasal verbs", () => {
  it.each([
    "up",
    "out",
    "off",
    "back",
    "down",
    "in",
    "on",
    "over",
    "away",
    "around",
    "through",
    "along",
    "apart",
    "together",
    "forth",
  ])("%j makes a phrasal verb", (particle) => {
    expect(PARTICLES.has(particle)).toBe(true);
  });

  it.each(["for", "to", "of", "with", "at"])("%j, a preposition, does not", (word) => {
    expect(PARTICLES.has(word)).toBe(false);
  });
});
