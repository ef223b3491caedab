import { describe, expect, it } from "vitest";
import { evidenceFor, judge } from "../../../src/core/evidence.ts";
import type { Query, QueryTerm } from "../../../src/core/query.ts";
import { processTerm } from "../../../src/core/text/terms.ts";
import { corpusOf, evidenceWith, passageWith, queryTermIn, rankedFirst } from "./corpus.ts";

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

  it("counts a stand-in of exactly the close-match credit (0.6) as matched", () => {
    const viaVariant = term("port", {
      id: undefined,
      variants: [{ term: "harbour", id: idOf("harbour"), credit: 0.6 }],
    });
    const found = evidenceFor(corpus.index, query(viaVariant), rankedFirst(harbour));
    expect(found).toMatchObject({ matched: 1, unknown: 0, unknownInformation: 0 });
    expect(found.coverage).toBeCloseTo(0.6, 10);
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
        term("kettels", { variants: [{ term: "kettl", id: idOf("kettles"), credit: 0.85 }] }),
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
        term("teapots", { variants: [{ term: "kettl", id: idOf("kettles"), credit: 0.3 }] }),
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

  it("counts an unknown word with a broader stand-in as mostly unknown: informativeness × (1 − credit)", () => {
    const broader = term("icebound", {
      id: undefined,
      informativeness: 0.8,
      variants: [{ term: "froze", id: idOf("froze"), credit: 0.25 }],
    });
    const found = evidenceFor(corpus.index, query(broader), rankedFirst(harbour));
    expect(found.unknown).toBe(1);
    expect(found.unknownInformation).toBeCloseTo(0.6, 10);
    expect(found.coverage).toBeCloseTo(0.25, 10);
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

const evidence = evidenceWith;

describe("the verdict on the evidence", () => {
  it("answers one matched word when every other word is one the documents use, even untyped, sure as its coverage", () => {
    expect(judge(evidence({ matched: 1, unknown: 0, typed: false, coverage: 0.9 }))).toBe(
      "answered",
    );
    expect(judge(evidence({ matched: 1, unknown: 0, typed: false, coverage: 0.2 }))).toBe("thin");
  });

  it("declines one matched word beside unknown information of exactly the look-alike bound (0.8)", () => {
    expect(judge(evidence({ matched: 1, unknown: 1, unknownInformation: 0.8 }))).toBe(
      "not-covered",
    );
  });

  it("answers two matched words covering exactly the pair bound (0.75) with the fact missing", () => {
    expect(judge(evidence({ matched: 2, missingType: true, coverage: 0.75 }))).toBe("answered");
  });

  it("keeps the pair rule to two matched words: three with the fact missing and partial coverage answer", () => {
    expect(judge(evidence({ matched: 3, missingType: true, coverage: 0.7 }))).toBe("answered");
  });

  it("never declines two or more matched words when no time or quantity is missing", () => {
    expect(judge(evidence({ matched: 2, unknown: 2, unknownInformation: 2, coverage: 0.5 }))).toBe(
      "answered",
    );
    expect(judge(evidence({ matched: 4, unknown: 3, unknownInformation: 2.5 }))).toBe("answered");
  });

  it("declines three matched words beside unknown information of exactly the many-unknown bound (0.5)", () => {
    expect(judge(evidence({ matched: 3, missingType: true, unknownEnglishInformation: 0.5 }))).toBe(
      "not-covered",
    );
  });

  it("answers three matched words beside one ordinary unknown word (below the many-unknown bound)", () => {
    expect(
      judge(evidence({ matched: 3, missingType: true, unknownEnglishInformation: 0.49 })),
    ).toBe("answered");
  });

  it("answers three matched words beside a misspelling, however informative, with the fact missing", () => {
    expect(
      judge(
        evidence({
          matched: 3,
          missingType: true,
          unknownInformation: 1,
          unknownEnglishInformation: 0,
        }),
      ),
    ).toBe("answered");
  });

  it("answers coverage of exactly the thin bound (0.25) with confidence", () => {
    expect(judge(evidence({ coverage: 0.25 }))).toBe("answered");
  });
});
