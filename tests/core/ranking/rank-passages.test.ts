import { describe, expect, it } from "vitest";
import type { Query, QueryTerm } from "../../../src/core/query/read-query.ts";
import { readQuery } from "../../../src/core/query/read-query.ts";
import { CANDIDATES } from "../../../src/core/ranking/candidates.ts";
import type { Ranked, RankingWeights } from "../../../src/core/ranking/rank-passages.ts";
import { rankPassages } from "../../../src/core/ranking/rank-passages.ts";
import type { RankingFeature } from "../../../src/core/ranking/signals.ts";
import { RANKING_FEATURES } from "../../../src/core/ranking/signals.ts";
import type { Corpus } from "../corpus.ts";
import { corpusOf, passageWith, queryTermIn } from "../corpus.ts";

/** `question` ranked over `corpus` as the engine reads it, with `weights` or the fitted ones. */
function rank(
  corpus: Corpus,
  question: string,
  speakers?: ReadonlyMap<number, ReadonlySet<string>>,
  weights?: RankingWeights,
): Ranked[] {
  return rankPassages(
    corpus.index,
    corpus.passages,
    readQuery(corpus.index, corpus.vocabulary, question),
    speakers,
    weights,
  );
}

/** Weights of `weighed` features (1 each unless given), every other feature 0. */
function only(...weighed: (RankingFeature | [RankingFeature, number])[]): number[] {
  const given = new Map(weighed.map((entry) => (Array.isArray(entry) ? entry : [entry, 1])));
  return RANKING_FEATURES.map((feature) => given.get(feature) ?? 0);
}

/** Every feature weighed alike. */
const UNIFORM = RANKING_FEATURES.map(() => 1);

/** The value of `feature` of a ranked passage. */
const featureOf = (ranked: Ranked | undefined, feature: RankingFeature) =>
  ranked?.features?.[RANKING_FEATURES.indexOf(feature)];

const term = queryTermIn;

/** A question of `terms` only, no phrase, not asking what someone said. */
const queryOf = (...terms: QueryTerm[]): Query => ({
  text: "",
  terms,
  pairs: [],
  asksSpeech: false,
});

const texts = (ranked: readonly Ranked[]) => ranked.map(({ passage }) => passage.text);

describe("which passage ranks first", () => {
  it("ranks nothing when no passage holds a word of the question", () => {
    const corpus = corpusOf({ "a.md": "The harbour froze." });
    expect(rankPassages(corpus.index, corpus.passages, queryOf(term(corpus, "zebra")))).toEqual([]);
  });

  it("puts the passage holding the heavier of two terms first, whichever it is", () => {
    const corpus = corpusOf({ "a.md": "Owls hunt at night.\n\nFoxes hunt at night." });
    const owlsHeavy = queryOf(term(corpus, "owls", { weight: 3 }), term(corpus, "foxes"));
    const foxesHeavy = queryOf(term(corpus, "owls"), term(corpus, "foxes", { weight: 3 }));
    expect(texts(rankPassages(corpus.index, corpus.passages, owlsHeavy))[0]).toBe(
      "Owls hunt at night.",
    );
    expect(texts(rankPassages(corpus.index, corpus.passages, foxesHeavy))[0]).toBe(
      "Foxes hunt at night.",
    );
  });

  it("prefers the passage holding a term to one holding only a stand-in of it", () => {
    const corpus = corpusOf({ "a.md": "The kettle boiled.\n\nThe teapot boiled." });
    const kettle = term(corpus, "kettle", {
      variants: [
        {
          term: "teapot",
          id: corpus.index.termId("teapot") as number,
          kind: "synonym",
          credit: 0.6,
        },
      ],
    });
    const ranked = rankPassages(corpus.index, corpus.passages, queryOf(kettle));
    expect(texts(ranked)).toEqual(["The kettle boiled.", "The teapot boiled."]);
  });

  it("finds passages through a stand-in when the documents lack the word itself", () => {
    const corpus = corpusOf({ "a.md": "The teapot boiled.\n\nThe harbour froze." });
    const kettle = term(corpus, "kettle", {
      variants: [
        {
          term: "teapot",
          id: corpus.index.termId("teapot") as number,
          kind: "synonym",
          credit: 0.6,
        },
      ],
    });
    expect(kettle.id).toBeUndefined();
    const ranked = rankPassages(corpus.index, corpus.passages, queryOf(kettle));
    expect(texts(ranked)).toEqual(["The teapot boiled."]);
  });

  it("prefers, of two passages holding every word, the one holding them in one sentence", () => {
    const corpus = corpusOf({
      "a.md":
        "The baker sold bread. The miller ground flour.\n\nThe baker and the miller sold flour at the old market by the river.",
    });
    expect(texts(rank(corpus, "baker miller"))[0]).toBe(
      "The baker and the miller sold flour at the old market by the river.",
    );
  });

  it("prefers the passage holding the question's words as a phrase", () => {
    const corpus = corpusOf({
      "a.md":
        "Rain made the bridge of stone. Boats passed.\n\nRain fell on the stone bridge. Boats passed.",
    });
    expect(texts(rank(corpus, "stone bridge"))[0]).toBe(
      "Rain fell on the stone bridge. Boats passed.",
    );
  });

  it("prefers the passage holding the kind of answer asked for, and says it holds it", () => {
    const corpus = corpusOf({
      "a.md": "The baker sold bread to the miller.\n\nThe baker sold bread in 1850.",
    });
    const [first, second] = rank(corpus, "When did the baker sell bread?");
    expect(first?.passage.text).toBe("The baker sold bread in 1850.");
    expect(first).toMatchObject({ typed: true, askedForFact: true });
    expect(second).toMatchObject({ typed: false, askedForFact: true });
  });

  it("reads a question for a quantity as asking for a fact", () => {
    const corpus = corpusOf({
      "a.md": "The baker sold bread to the miller.\n\nThe baker sold twelve loaves.",
    });
    const [first] = rank(corpus, "How many loaves did the baker sell?");
    expect(first).toMatchObject({ typed: true, askedForFact: true });
    expect(first?.passage.text).toBe("The baker sold twelve loaves.");
  });

  it("asks for no fact, and finds no kind of answer, when the question asks for none", () => {
    const corpus = corpusOf({ "a.md": "The baker sold bread in 1850." });
    const [first] = rank(corpus, "baker bread");
    expect(first).toMatchObject({ typed: false, askedForFact: false });
  });

  it("does not read a question for a name as asking for a fact", () => {
    const corpus = corpusOf({ "a.md": "Anna Smith baked the bread." });
    const [first] = rank(corpus, "Who baked the bread?");
    expect(first?.askedForFact).toBe(false);
  });

  it("ranks equal passages in the documents' order", () => {
    const corpus = corpusOf({
      "a.md": ["Copper kettles shine.", "Copper kettles shine.", "Copper kettles shine."].join(
        "\n\n",
      ),
    });
    // Not BM25's order: that would tell equal passages apart by where they came.
    const ranked = rank(corpus, "copper kettles", undefined, only("coverage", "documentShare"));
    expect(ranked.map(({ passage }) => passage.id)).toEqual([0, 1, 2]);
    expect(new Set(ranked.map(({ score }) => score)).size).toBe(1);
  });

  it("prefers, between equal passages, the one from the document most candidates come from", () => {
    const corpus = corpusOf({
      "a-stray.md": "Copper kettles shine.",
      "b-kettles.md": "Copper kettles shine.\n\nCopper kettles boil.\n\nCopper kettles ring.",
    });
    const ranked = rank(corpus, "copper kettles", undefined, only("coverage", "documentShare"));
    expect(ranked.map(({ passage }) => passage.documentId)).toEqual([
      "b-kettles",
      "b-kettles",
      "b-kettles",
      "a-stray",
    ]);
  });

  it("tells the question's document by the ten best candidates only, however many weak ones another holds", () => {
    const weak = [
      "Copper kettles.",
      ...Array.from({ length: 15 }, (_, n) => `Copper ${n}.`),
      ...Array.from({ length: 15 }, (_, n) => `Kettles ${n}.`),
    ];
    const strong = Array.from({ length: 10 }, (_, n) => `Copper kettles ${n}.`);
    const corpus = corpusOf({ "a-weak.md": weak.join("\n\n"), "b-strong.md": strong.join("\n\n") });
    const ranked = rank(corpus, "copper kettles", undefined, only("coverage", "documentShare"));
    expect(ranked.slice(0, 10).map(({ passage }) => passage.documentId)).toEqual(
      Array(10).fill("b-strong"),
    );
    expect(ranked[10]?.passage.text).toBe("Copper kettles.");
  });

  it("re-ranks at most the sixty best candidates", () => {
    const corpus = corpusOf({
      "a.md": Array.from({ length: 70 }, (_, n) => `Copper kettle ${n} shines.`).join("\n\n"),
    });
    expect(rank(corpus, "copper kettle")).toHaveLength(CANDIDATES);
    expect(CANDIDATES).toBe(60);
  });
});

describe("scores and sentences", () => {
  it("scores from 0 to 1, with every signal from 0 to 1, with or without a phrase", () => {
    const corpus = corpusOf({ "a.md": "Owls hunt mice.\n\nOwls sleep." });
    for (const question of ["owls", "owls mice", "hunt owls"]) {
      for (const weights of [undefined, UNIFORM, only("coverage")]) {
        const ranked = rank(corpus, question, undefined, weights);
        expect(ranked.length).toBeGreaterThan(0);
        for (const { score, features } of ranked) {
          expect(score).toBeGreaterThan(0);
          expect(score).toBeLessThanOrEqual(1);
          expect(features).toHaveLength(RANKING_FEATURES.length);
          for (const value of features ?? []) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(1);
          }
        }
      }
    }
  });

  it("scores a passage as its signals weighed: Σ weight × signal / Σ weight", () => {
    const corpus = corpusOf({ "a.md": "Owls hunt mice.\n\nOwls sleep at night in the barn." });
    const weights = RANKING_FEATURES.map((_, position) => (position % 3) + 0.5);
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    for (const { score, features } of rank(corpus, "when do owls hunt mice", undefined, weights)) {
      const weighed = (features ?? []).reduce(
        (sum, value, position) => sum + value * (weights[position] as number),
        0,
      );
      expect(score).toBeCloseTo(weighed / total, 12);
    }
  });

  it("scores the passage holding every signal fully 1, whatever the weights of those signals", () => {
    const [alone] = rank(
      corpusOf({ "b.md": "Owls hunt mice." }),
      "owls mice",
      undefined,
      only(["coverage", 2], ["sentence", 0.5], ["documentShare", 1], ["wholeSentence", 3]),
    );
    expect(alone?.score).toBeCloseTo(1, 12);
  });

  it("orders by the weights given: the same passages rank by coverage, or by their document's share", () => {
    // Owls are common (in c-owls), so the passage holding all three words has little more BM25 than another.
    const corpus = corpusOf({
      "a-alone.md": "Owls hunt mice and voles.",
      "b-fields.md": Array.from({ length: 5 }, (_, n) => `Mice and voles ${n}.`).join("\n\n"),
      "c-owls.md": Array.from({ length: 20 }, (_, n) => `Owls ${n}.`).join("\n\n"),
    });
    const question = "owls mice voles";
    const byCoverage = rank(corpus, question, undefined, only("coverage"));
    expect(byCoverage[0]?.passage.documentId).toBe("a-alone");
    const byShare = rank(corpus, question, undefined, only("documentShare"));
    expect(byShare[0]?.passage.documentId).toBe("b-fields");
    expect(featureOf(byShare[0], "documentShare")).toBeGreaterThan(
      featureOf(byShare.at(-1), "documentShare") as number,
    );
  });

  it("counts the document's share as one signal, not a multiplier of the others", () => {
    const corpus = corpusOf({
      "a-alone.md": "Owls sleep.",
      "b-owls.md": "Owls fly.\n\nOwls hoot.\n\nOwls nest.",
    });
    const ranked = rank(corpus, "owls", undefined, only("coverage"));
    expect(new Set(ranked.map(({ score }) => score))).toEqual(new Set([1]));
    expect(new Set(ranked.map((passage) => featureOf(passage, "documentShare"))).size).toBe(2);
  });

  it("scores every passage 0 when no signal is weighed", () => {
    const corpus = corpusOf({ "a.md": "Owls hunt mice.\n\nOwls sleep." });
    const ranked = rank(
      corpus,
      "owls mice",
      undefined,
      RANKING_FEATURES.map(() => 0),
    );
    expect(ranked.map(({ score }) => score)).toEqual([0, 0]);
  });

  it("tells which kind of stand-in holds a term: its share of the question's weight, by kind", () => {
    const corpus = corpusOf({ "a.md": "The teapot boiled.\n\nThe kettle boiled." });
    const kettle = term(corpus, "cauldron", {
      id: undefined,
      weight: 3,
      variants: [
        {
          term: "teapot",
          id: corpus.index.termId("teapot") as number,
          kind: "relative",
          credit: 0.3,
        },
        { term: "kettl", id: corpus.index.termId("kettl") as number, kind: "synonym", credit: 0.6 },
      ],
    });
    const ranked = rankPassages(
      corpus.index,
      corpus.passages,
      queryOf(kettle, term(corpus, "boiled")),
      undefined,
      UNIFORM,
    );
    const byText = (text: string) => ranked.find(({ passage }) => passage.text === text);
    const teapot = byText("The teapot boiled.");
    const kettles = byText("The kettle boiled.");
    expect(featureOf(teapot, "via:relative")).toBeCloseTo(0.75, 12);
    expect(featureOf(teapot, "via:synonym")).toBe(0);
    expect(featureOf(kettles, "via:synonym")).toBeCloseTo(0.75, 12);
    expect(featureOf(kettles, "via:relative")).toBe(0);
    expect(featureOf(kettles, "coverage")).toBeCloseTo(0.75 * 0.6 + 0.25, 12);
    expect(featureOf(kettles, "via:typo")).toBe(0);
  });

  it("marks as best the sentence holding most of the question", () => {
    const corpus = corpusOf({ "a.md": "The baker sold bread. The miller ground flour." });
    const [first] = rank(corpus, "miller flour");
    expect(first?.bestSentence).toBe(1);
    expect(first?.throughId).toBe(first?.passage.id);
  });

  it("marks the first of sentences holding equally much", () => {
    const corpus = corpusOf({ "a.md": "The baker sold bread. The miller ground flour." });
    expect(rank(corpus, "baker miller")[0]?.bestSentence).toBe(0);
  });

  it("counts a passage's coverage as the best credit of each term across its sentences", () => {
    const corpus = corpusOf({
      "a.md": "The baker sold bread. The miller ground flour.\n\nThe baker slept.",
    });
    const [first, second] = rank(corpus, "baker miller");
    expect(first?.passage.text).toBe("The baker sold bread. The miller ground flour.");
    expect(second?.passage.text).toBe("The baker slept.");
  });
});

describe("questions about what someone said", () => {
  const corpus = corpusOf({
    "a.md": "The baker sold bread. Anna was there.\n\nAnna said that bread was cheap.",
  });
  const quoting = passageWith(corpus, "Anna said");
  const mentioning = passageWith(corpus, "The baker sold");
  const speakers = new Map([[quoting.id, new Set(["anna"])]]);
  const scoreOf = (ranked: readonly Ranked[], id: number) =>
    ranked.find(({ passage }) => passage.id === id)?.score as number;

  /** Coverage only: the passage naming the baker's bread covers more of "Anna bread" than the quotation. */
  const weights = only("coverage");
  const order = (ranked: readonly Ranked[]) => ranked.map(({ passage }) => passage.id);

  it("put the passage quoting the speaker named first, whatever it scores", () => {
    const plain = rank(corpus, "what did Anna say about the baker's bread", undefined, weights);
    expect(order(plain)[0]).toBe(mentioning.id);
    const asked = rank(corpus, "what did Anna say about the baker's bread", speakers, weights);
    expect(order(asked)[0]).toBe(quoting.id);
    // Scores are left as they are: only the order changes.
    expect(scoreOf(asked, quoting.id)).toBeCloseTo(scoreOf(plain, quoting.id), 10);
  });

  it("put it first for a stand-in of the speaker's name too", () => {
    const anna = term(corpus, "Ana", {
      id: undefined,
      variants: [
        { term: "anna", id: corpus.index.termId("anna") as number, kind: "typo", credit: 0.6 },
      ],
    });
    const asking: Query = {
      ...queryOf(anna, term(corpus, "bread"), term(corpus, "baker")),
      asksSpeech: true,
    };
    const plain = rankPassages(corpus.index, corpus.passages, asking, undefined, weights);
    expect(order(plain)[0]).toBe(mentioning.id);
    const asked = rankPassages(corpus.index, corpus.passages, asking, speakers, weights);
    expect(order(asked)[0]).toBe(quoting.id);
  });

  it("do not put first a passage quoting someone else", () => {
    const others = new Map([[quoting.id, new Set(["boris"])]]);
    const asked = rank(corpus, "what did Anna say about the baker's bread", others, weights);
    expect(order(asked)[0]).toBe(mentioning.id);
  });

  it("are the only ones that reorder", () => {
    const plain = rank(corpus, "Anna baker bread", undefined, weights);
    const named = rank(corpus, "Anna baker bread", speakers, weights);
    expect(order(named)).toEqual(order(plain));
  });
});

describe("a large corpus", () => {
  /** `held` paragraphs holding "copper", after two that do not, and one holding "zebra" among them. */
  function copperCorpus(held: number): Corpus {
    const paragraphs = ["The harbour froze.", "The mill ground wheat."];
    for (let n = 0; n < held - 1; n += 1) paragraphs.push(`Pot ${n} is copper.`);
    paragraphs.push("A zebra drank from a copper pot.");
    return corpusOf({ "a.md": paragraphs.join("\n\n") });
  }

  it("leaves a term held by more than a thousand passages out of picking candidates", () => {
    const corpus = copperCorpus(1001);
    expect(texts(rank(corpus, "copper zebra"))).toEqual(["A zebra drank from a copper pot."]);
  });

  it("still picks candidates with a term held by a thousand passages", () => {
    const corpus = copperCorpus(1000);
    const ranked = rank(corpus, "copper zebra");
    expect(ranked).toHaveLength(CANDIDATES);
    expect(ranked[0]?.passage.text).toBe("A zebra drank from a copper pot.");
  });

  it("takes, for a question of common terms only, the first sixty passages holding one, in order", () => {
    const corpus = copperCorpus(1001);
    // BM25's order alone: the order the candidates were taken in.
    const ranked = rank(corpus, "copper", undefined, only("bm25Rank"));
    expect(ranked.map(({ passage }) => passage.id)).toEqual(
      Array.from({ length: CANDIDATES }, (_, n) => n + 2),
    );
  });

  it("still takes passages holding the common terms when the other words are unknown", () => {
    const corpus = copperCorpus(1001);
    const ranked = rank(corpus, "copper zqxvw", undefined, only("bm25Rank"));
    expect(ranked).toHaveLength(CANDIDATES);
    expect(ranked[0]?.passage.text).toBe("Pot 0 is copper.");
  });

  it("takes passages holding any one of several common terms", () => {
    const paragraphs: string[] = [];
    // Two sentences each: a passage holds a term when any of its sentences does.
    for (let n = 0; n < 1001; n += 1) {
      paragraphs.push(`Pot ${n} is copper. It shines.`, `Pan ${n} is brass. It rusts.`);
    }
    const corpus = corpusOf({ "a.md": paragraphs.join("\n\n") });
    const ranked = rank(corpus, "copper brass", undefined, only("bm25Rank"));
    expect(ranked.map(({ passage }) => passage.id)).toEqual(
      Array.from({ length: CANDIDATES }, (_, n) => n),
    );
  });

  it("ranks nothing for common terms when a question's terms are unknown", () => {
    const corpus = copperCorpus(1001);
    const unknown = queryOf(term(corpus, "giraffe"));
    expect(rankPassages(corpus.index, corpus.passages, unknown)).toEqual([]);
  });
});
