import { describe, expect, it } from "vitest";
import { processTerm } from "../../../src/core/index/terms.ts";
import type {
  FoundTerm,
  StandIn,
  StandInKind,
  StandInStep,
  WordContext,
} from "../../../src/core/query/stand-ins.ts";
import {
  addStandIns,
  relatives,
  STAND_IN_KINDS,
  standInsFor,
  synonyms,
  typos,
  WORD_STEPS,
  withCredit,
} from "../../../src/core/query/stand-ins.ts";
import type { Corpus } from "../corpus.ts";
import { corpusOf, TEST_CREDITS } from "../corpus.ts";

const armoury = corpusOf({
  "armoury.md": "The arms were stored.\n\nThe instrument broke.\n\nVantrask sold copper kettles.",
});
const idOf = (corpus: Corpus, word: string) =>
  corpus.index.termId(processTerm(word) as string) as number;

/** One question word as the steps read it; `spent` is shared by the words of one question. */
function contextFor(
  corpus: Corpus,
  word: string,
  spent = new Map<StandInKind, number>(),
  isFiller = false,
): WordContext {
  const term = processTerm(word) as string;
  return {
    index: corpus.index,
    vocabulary: corpus.vocabulary,
    word,
    term,
    id: corpus.index.termId(term),
    isFiller,
    spent,
  };
}

/** A step of `kind` finding `terms` for every word, noting each call in `calls`. */
function step(
  kind: StandInKind,
  terms: FoundTerm[],
  calls: string[] = [],
  fields: Partial<StandInStep> = {},
): StandInStep {
  return {
    kind,
    maxLookups: Number.POSITIVE_INFINITY,
    applies: () => true,
    find: ({ word }) => {
      calls.push(`${kind}:${word}`);
      return terms;
    },
    ...fields,
  };
}

const arm = { term: "arm", id: idOf(armoury, "arms") };
const instrument = { term: "instrument", id: idOf(armoury, "instrument") };
const kettle = { term: "kettl", id: idOf(armoury, "kettles") };

describe("the stand-in steps", () => {
  it("are every kind but the phrasal one (read from word pairs), each kind once, in order", () => {
    expect(WORD_STEPS.map(({ kind }) => kind)).toEqual([
      "spelling",
      "typo",
      "synonym",
      "relative",
      "derived",
      "inflected",
    ]);
    expect(STAND_IN_KINDS).toEqual([
      "spelling",
      "typo",
      "synonym",
      "relative",
      "derived",
      "inflected",
      "phrasal",
    ]);
  });

  it("run in the order given, their finds kept in that order", () => {
    const calls: string[] = [];
    const found = standInsFor(contextFor(armoury, "weapons"), TEST_CREDITS, [
      step("derived", [instrument], calls),
      step("synonym", [arm], calls),
    ]);
    expect(calls).toEqual(["derived:weapons", "synonym:weapons"]);
    expect(found.map(({ term, kind }) => [term, kind])).toEqual([
      ["instrument", "derived"],
      ["arm", "synonym"],
    ]);
  });

  it("let a later step see what the earlier ones found", () => {
    const seen: StandIn[][] = [];
    const later = step("synonym", [arm], [], {
      applies: (_, found) => {
        seen.push([...found]);
        return true;
      },
    });
    standInsFor(contextFor(armoury, "weapons"), TEST_CREDITS, [step("typo", [kettle]), later]);
    expect(seen).toEqual([[{ ...kettle, kind: "typo", credit: TEST_CREDITS.typo }]]);
  });

  it("skip a step that does not apply, without looking anything up or spending its budget", () => {
    const calls: string[] = [];
    const spent = new Map<StandInKind, number>();
    const never = step("derived", [instrument], calls, { applies: () => false, maxLookups: 1 });
    expect(standInsFor(contextFor(armoury, "weapons", spent), TEST_CREDITS, [never])).toEqual([]);
    expect(calls).toEqual([]);
    expect(spent.get("derived")).toBeUndefined();
  });

  it("look up at most maxLookups words of one question for a step, each kind on its own budget", () => {
    const calls: string[] = [];
    const spent = new Map<StandInKind, number>();
    const steps = [
      step("derived", [instrument], calls, { maxLookups: 2 }),
      step("synonym", [arm], calls, { maxLookups: 3 }),
    ];
    const found = ["alpha", "beta", "gamma", "delta"].map((word) =>
      standInsFor(contextFor(armoury, word, spent), TEST_CREDITS, steps).map(({ kind }) => kind),
    );
    expect(found).toEqual([["derived", "synonym"], ["derived", "synonym"], ["synonym"], []]);
    expect(calls.filter((call) => call.startsWith("derived"))).toEqual([
      "derived:alpha",
      "derived:beta",
    ]);
    expect(spent).toEqual(
      new Map([
        ["derived", 2],
        ["synonym", 3],
      ]),
    );
  });

  it("start a new question with a fresh budget", () => {
    const steps = [step("derived", [instrument], [], { maxLookups: 1 })];
    const first = standInsFor(contextFor(armoury, "alpha"), TEST_CREDITS, steps);
    const second = standInsFor(contextFor(armoury, "alpha"), TEST_CREDITS, steps);
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
  });

  it("count a lookup that finds nothing against the budget", () => {
    const spent = new Map<StandInKind, number>();
    const steps = [step("derived", [], [], { maxLookups: 1 })];
    standInsFor(contextFor(armoury, "alpha", spent), TEST_CREDITS, steps);
    expect(spent.get("derived")).toBe(1);
  });
});

describe("WordNet relatives after a typo correction", () => {
  it("are looked up for an English word the documents lack", () => {
    const found = standInsFor(contextFor(armoury, "weapons"), TEST_CREDITS, [synonyms]);
    expect(found.map(({ term }) => term)).toContain("arm");
  });

  it("are not looked up for a word a typo step corrected, nor spend their budget on it", () => {
    const spent = new Map<StandInKind, number>();
    const correcting = step("typo", [kettle]);
    const found = standInsFor(contextFor(armoury, "weapons", spent), TEST_CREDITS, [
      correcting,
      synonyms,
    ]);
    expect(found.map(({ term, kind }) => [term, kind])).toEqual([["kettl", "typo"]]);
    expect(spent.has("synonym")).toBe(false);
  });

  it("are still looked up when an earlier step of another kind found something", () => {
    const found = standInsFor(contextFor(armoury, "weapons"), TEST_CREDITS, [
      step("derived", [kettle]),
      synonyms,
    ]);
    expect(found.map(({ term }) => term)).toEqual(expect.arrayContaining(["kettl", "arm"]));
  });

  it("follow the real typo step: a misspelling it corrects gets no relatives", () => {
    const found = standInsFor(contextFor(armoury, "Vantrosk"), TEST_CREDITS, [typos, synonyms]);
    expect(found).toEqual([
      { term: "vantrask", id: idOf(armoury, "vantrask"), kind: "typo", credit: TEST_CREDITS.typo },
    ]);
  });
});

describe("the credit of a stand-in", () => {
  it("is the credit given for its kind", () => {
    for (const kind of STAND_IN_KINDS) {
      expect(withCredit(arm, kind, TEST_CREDITS)).toEqual({
        ...arm,
        kind,
        credit: TEST_CREDITS[kind],
      });
    }
  });

  it("keeps a two-word stand-in's pair, and gives a one-word one none", () => {
    expect(withCredit({ ...arm, pair: 77 }, "synonym", TEST_CREDITS).pair).toBe(77);
    expect("pair" in withCredit(arm, "synonym", TEST_CREDITS)).toBe(false);
  });

  it("is of the step's kind, whatever it found", () => {
    const found = standInsFor(contextFor(armoury, "weapons"), TEST_CREDITS, [
      step("derived", [arm, kettle]),
    ]);
    expect(found.map(({ term, kind, credit }) => [term, kind, credit])).toEqual([
      ["arm", "derived", TEST_CREDITS.derived],
      ["kettl", "derived", TEST_CREDITS.derived],
    ]);
  });

  it("tells a WordNet synonym from a broader word: one step each, at its kind's credit", () => {
    const found = standInsFor(contextFor(armoury, "weapons"), TEST_CREDITS, [synonyms, relatives]);
    expect(found).toEqual(
      expect.arrayContaining([
        { ...arm, kind: "synonym", credit: TEST_CREDITS.synonym },
        { ...instrument, kind: "relative", credit: TEST_CREDITS.relative },
      ]),
    );
    const onlySynonyms = standInsFor(contextFor(armoury, "weapons"), TEST_CREDITS, [synonyms]);
    expect(onlySynonyms.every(({ kind }) => kind === "synonym")).toBe(true);
    expect(onlySynonyms.some(({ term }) => term === "arm")).toBe(true);
  });
});

describe("adding stand-ins", () => {
  const at = (found: FoundTerm, kind: StandInKind, credit: number): StandIn => ({
    ...found,
    kind,
    credit,
  });

  it("adds a term not yet found", () => {
    const found = [at(arm, "synonym", 0.5)];
    addStandIns(found, [at(kettle, "typo", 0.8)]);
    expect(found).toEqual([at(arm, "synonym", 0.5), at(kettle, "typo", 0.8)]);
  });

  it("keeps the best credit of a term found twice, in the place it was first found", () => {
    const found = [at(arm, "relative", 0.3), at(kettle, "typo", 0.8)];
    addStandIns(found, [at(arm, "derived", 0.7)]);
    expect(found).toEqual([at(arm, "derived", 0.7), at(kettle, "typo", 0.8)]);
    addStandIns(found, [at(arm, "spelling", 0.6), at(kettle, "relative", 0.3)]);
    expect(found).toEqual([at(arm, "derived", 0.7), at(kettle, "typo", 0.8)]);
  });

  it("keeps the first of a term found twice at the same credit", () => {
    const found = [at(arm, "synonym", 0.6)];
    addStandIns(found, [at(arm, "spelling", 0.6)]);
    expect(found).toEqual([at(arm, "synonym", 0.6)]);
  });

  it("tells a two-word stand-in from its rarer word alone", () => {
    const found = [at(arm, "synonym", 0.6)];
    addStandIns(found, [{ ...at(arm, "relative", 0.3), pair: 5 }]);
    expect(found).toHaveLength(2);
  });

  it("keeps a term once when a question's steps find it more than once", () => {
    const found = standInsFor(contextFor(armoury, "weapons"), TEST_CREDITS, [
      step("relative", [arm]),
      step("derived", [arm]),
      step("spelling", [arm]),
    ]);
    expect(found).toEqual([{ ...arm, kind: "derived", credit: TEST_CREDITS.derived }]);
  });
});

describe("chat filler", () => {
  it("the documents lack is never stood in for by the word steps, nor spends their budgets", () => {
    const spent = new Map<StandInKind, number>();
    expect(standInsFor(contextFor(armoury, "weapons", spent, true), TEST_CREDITS)).toEqual([]);
    expect(spent.size).toBe(0);
  });
});
