import { describe, expect, it } from "vitest";
import { evidenceFor } from "../../../src/core/evidence/evidence.ts";
import { processTerm } from "../../../src/core/index/terms.ts";
import type { Query, QueryTerm } from "../../../src/core/query/read-query.ts";
import { corpusOf, passageWith, queryTermIn, rankedFirst } from "../corpus.ts";

const corpus = corpusOf({
  "harbour.md":
    "The harbour froze in winter.\n\nFishermen mended their nets beside the lighthouse.\n\nA merchant sold copper kettles at the market.",
});
const harbour = passageWith(corpus, "harbour froze");
const nets = passageWith(corpus, "mended their nets");

/** A question term for `word` in the harbour corpus. */
const term = (word: string, fields: Partial<QueryTerm> = {}) => queryTermIn(corpus, word, fields);

const query = (...terms: QueryTerm[]): Query => ({
  text: "",
  terms,
  pairs: [],
  asksSpeech: false,
});
const idOf = (word: string) => corpus.index.termId(processTerm(word) as string) as number;

describe("evidence the best passage gives", () => {
  it("counts a question term the best passage holds as matched, fully covered", () => {
    const found = evidenceFor(corpus.index, query(term("harbour")), rankedFirst(harbour));
    expect(found).toMatchObject({ matched: 1, coverage: 1, unknown: 0, informative: 1 });
  });

  it("finds nothing without a best passage", () => {
    const found = evidenceFor(corpus.index, query(term("harbour")), undefined);
    expect(found).toMatchObject({ matched: 0, coverage: 0, missingType: false, typed: false });
  });

  it("weighs coverage by each term's weight: the held term's share of all", () => {
    const found = evidenceFor(
      corpus.index,
      query(term("harbour", { weight: 3 }), term("nets", { weight: 1 })),
      rankedFirst(harbour),
    );
    expect(found.matched).toBe(1);
    expect(found.coverage).toBeCloseTo(0.75, 10);
  });

  it("gives coverage 0, not NaN, to a question of filler only", () => {
    const found = evidenceFor(
      corpus.index,
      query(term("harbour", { isFiller: true })),
      rankedFirst(harbour),
    );
    expect(found).toMatchObject({ informative: 0, matched: 0, coverage: 0 });
  });

  it("counts a stand-in by its credit: matched and covered in part, not held as written", () => {
    const viaVariant = term("port", {
      id: undefined,
      variants: [{ term: "harbour", id: idOf("harbour"), kind: "synonym", credit: 0.6 }],
    });
    const found = evidenceFor(corpus.index, query(viaVariant), rankedFirst(harbour));
    expect(found).toMatchObject({ unknown: 0, exact: 0 });
    expect(found.matched).toBeCloseTo(0.6, 10);
    expect(found.unknownInformation).toBeCloseTo(0.5 * 0.4, 10);
    expect(found.coverage).toBeCloseTo(0.6, 10);
    expect(found.englishCoverage).toBeCloseTo(0.6, 10);
  });

  it("counts a term held as written as exact, and a full credit from a stand-in as not", () => {
    const full = term("port", {
      id: undefined,
      variants: [{ term: "harbour", id: idOf("harbour"), kind: "inflected", credit: 1 }],
    });
    const found = evidenceFor(corpus.index, query(term("harbour"), full), rankedFirst(harbour));
    expect(found).toMatchObject({ matched: 2, exact: 1, coverage: 1 });
  });

  it("weighs English coverage by general-English informativeness, not by rarity in the documents", () => {
    const found = evidenceFor(
      corpus.index,
      query(
        term("harbour", { weight: 1, informativeness: 0.2 }),
        term("nets", { weight: 3, informativeness: 0.6 }),
      ),
      rankedFirst(harbour),
    );
    expect(found.coverage).toBeCloseTo(0.25, 10);
    expect(found.englishCoverage).toBeCloseTo(0.25, 10);
    const other = evidenceFor(
      corpus.index,
      query(
        term("harbour", { weight: 1, informativeness: 0.6 }),
        term("nets", { weight: 1, informativeness: 0.2 }),
      ),
      rankedFirst(harbour),
    );
    expect(other.coverage).toBeCloseTo(0.5, 10);
    expect(other.englishCoverage).toBeCloseTo(0.75, 10);
  });

  it("notes the most informative question word the best passage holds, and no word it lacks", () => {
    const found = evidenceFor(
      corpus.index,
      query(
        term("harbour", { informativeness: 0.4 }),
        term("froze", { informativeness: 0.7 }),
        term("nets", { informativeness: 0.95 }),
      ),
      rankedFirst(harbour),
    );
    expect(found.bestMatchedInformativeness).toBe(0.7);
    const none = evidenceFor(corpus.index, query(term("nets")), rankedFirst(harbour));
    expect(none.bestMatchedInformativeness).toBe(0);
  });

  it("does not count a word the documents use elsewhere as unknown", () => {
    const found = evidenceFor(corpus.index, query(term("nets")), rankedFirst(harbour));
    expect(found).toMatchObject({ matched: 0, unknown: 0, unknownInformation: 0 });
  });

  it("counts a word the documents never use as unknown, weighed by its informativeness", () => {
    const found = evidenceFor(
      corpus.index,
      query(term("harbour"), term("zeppelin", { informativeness: 0.9 })),
      rankedFirst(harbour),
    );
    expect(found).toMatchObject({ matched: 1, unknown: 1, unknownName: false });
    expect(found.unknownInformation).toBeCloseTo(0.9, 10);
    expect(found.unknownEnglishInformation).toBeCloseTo(0.9, 10);
  });

  it("does not count a misspelling of the documents' words as unknown, even where the best passage lacks the word meant", () => {
    const found = evidenceFor(
      corpus.index,
      query(
        term("harbour"),
        term("kettels", {
          variants: [{ term: "kettl", id: idOf("kettles"), kind: "typo", credit: 0.85 }],
        }),
      ),
      rankedFirst(harbour),
    );
    expect(found).toMatchObject({ matched: 1, unknown: 0, unknownInformation: 0 });
  });

  it("counts an English word as unknown whatever stands in for it below a close match", () => {
    const found = evidenceFor(
      corpus.index,
      query(
        term("harbour"),
        term("teapots", {
          variants: [{ term: "kettl", id: idOf("kettles"), kind: "relative", credit: 0.3 }],
        }),
      ),
      rankedFirst(harbour),
    );
    expect(found).toMatchObject({ matched: 1, unknown: 1 });
  });

  it("leaves a misspelling out of the unknown English information: it is no sign of another topic", () => {
    const found = evidenceFor(
      corpus.index,
      query(term("harbour"), term("zepelinn", { informativeness: 1 })),
      rankedFirst(harbour),
    );
    expect(found).toMatchObject({ matched: 1, unknown: 1, unknownEnglishInformation: 0 });
    expect(found.unknownInformation).toBeCloseTo(1, 10);
  });

  it("counts the information of an unknown word with a held stand-in as informativeness × (1 − credit), the word itself no longer unknown", () => {
    const broader = term("icebound", {
      id: undefined,
      informativeness: 0.8,
      variants: [{ term: "froze", id: idOf("froze"), kind: "relative", credit: 0.25 }],
    });
    const found = evidenceFor(corpus.index, query(broader), rankedFirst(harbour));
    expect(found.unknown).toBe(0);
    expect(found.unknownInformation).toBeCloseTo(0.6, 10);
    expect(found.unknownEnglishInformation).toBeCloseTo(0.6, 10);
    expect(found.coverage).toBeCloseTo(0.25, 10);
  });

  it("counts a misspelling with a correction the best passage lacks as no unknown word, but one with no correction as unknown", () => {
    const corrected = term("kettels", {
      variants: [{ term: "kettl", id: idOf("kettles"), kind: "typo", credit: 0.85 }],
    });
    // The same stand-in, but found as a close spelling: no sign the word was a misspelling.
    const spelt = term("kettels", {
      variants: [{ term: "kettl", id: idOf("kettles"), kind: "spelling", credit: 0.85 }],
    });
    expect(evidenceFor(corpus.index, query(corrected), rankedFirst(harbour)).unknown).toBe(0);
    expect(evidenceFor(corpus.index, query(spelt), rankedFirst(harbour)).unknown).toBe(1);
  });

  it("notes an unknown word written as a name", () => {
    const named = evidenceFor(
      corpus.index,
      query(term("Zanzibar", { isName: true })),
      rankedFirst(harbour),
    );
    expect(named.unknownName).toBe(true);
    const known = evidenceFor(
      corpus.index,
      query(term("Harbour", { isName: true })),
      rankedFirst(harbour),
    );
    expect(known.unknownName).toBe(false);
  });

  it("marks the asked-for fact missing only when it is asked for and the best sentence lacks it", () => {
    const asked = (flags: { typed: boolean; askedForFact: boolean }) =>
      evidenceFor(corpus.index, query(term("harbour")), rankedFirst(harbour, flags));
    expect(asked({ askedForFact: true, typed: false })).toMatchObject({
      missingType: true,
      typed: false,
    });
    expect(asked({ askedForFact: true, typed: true })).toMatchObject({
      missingType: false,
      typed: true,
    });
    expect(asked({ askedForFact: false, typed: false })).toMatchObject({
      missingType: false,
      typed: false,
    });
  });

  it("reads the best passage's own sentences, not another's", () => {
    const found = evidenceFor(corpus.index, query(term("harbour")), rankedFirst(nets));
    expect(found.matched).toBe(0);
  });
});
