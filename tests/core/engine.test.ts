import { describe, expect, it } from "vitest";
import { DECISION_FEATURES } from "../../src/core/evidence/decision.ts";
import type { DecisionModel } from "../../src/core/evidence/fitted-model.ts";
import { FITTED } from "../../src/core/evidence/fitted-parameters.ts";
import type { Answer, Passage } from "../../src/core/index.ts";
import {
  AnswerEngine,
  createEngine,
  loadContent,
  MAX_QUESTION_CHARS,
} from "../../src/core/index.ts";
import { article, contentFolder } from "../helpers.ts";
import { decisionModel } from "./corpus.ts";

const engine = article();
const ask = (question: string) => engine.answer(question);

/** Checks the shape every adapter relies on. */
function expectWellFormed(answer: Answer, question: string) {
  expect(answer.question).toBe(question);
  expect(typeof answer.noAnswer).toBe("boolean");
  expect(answer.passages.length).toBeLessThanOrEqual(5);
  if (answer.noAnswer) {
    expect(answer.passages).toEqual([]);
    expect(answer.reason).toMatch(/\w/);
  }
  for (const passage of [...answer.passages, ...answer.suggestions]) {
    expect(passage.text.length).toBeGreaterThan(0);
    expect(passage.highlight.start).toBeGreaterThanOrEqual(0);
    expect(passage.highlight.end).toBeLessThanOrEqual(passage.text.length);
    expect(passage.highlight.start).toBeLessThan(passage.highlight.end);
    expect(passage.score).toBeGreaterThanOrEqual(0);
  }
}

/** An engine over `files` (name → text); a document's title is its file name. */
const engineOf = (files: Record<string, string>) =>
  new AnswerEngine(loadContent(contentFolder(files)));

/**
 * An engine over `files`, built when a test first asks for it: built while
 * the test file loads, a fault in building it would fail the file rather
 * than the tests, and mutation testing would not count it as caught.
 */
function lazyEngine(files: Record<string, string>): () => AnswerEngine {
  let engine: AnswerEngine | undefined;
  return () => {
    engine ??= engineOf(files);
    return engine;
  };
}

const HARBOUR =
  "The harbour froze in winter.\n\nFishermen mended their nets beside the lighthouse.\n\nA merchant sold copper kettles at the market.";
const MILL = "The mill ground wheat.\n\nThe miller sold flour to the baker.";

const harbour = lazyEngine({ "harbour.md": HARBOUR });
const harbourAndMill = lazyEngine({ "harbour.md": HARBOUR, "mill.md": MILL });

/** The harbour and the mill, decided by `decision` rather than the fitted model. */
const harbourAndMillDeciding = (decision: DecisionModel) =>
  new AnswerEngine(loadContent(contentFolder({ "harbour.md": HARBOUR, "mill.md": MILL })), {
    parameters: { ...FITTED, decision },
  });
/** Decision models sure of every answer (p ≈ 1), of none (p ≈ 0), and unsure (p = 0.5, thin). */
const SURE = decisionModel({ bias: 20 });
const SURE_NOT = decisionModel({ bias: -20 });
const UNSURE = decisionModel({ bias: 0, declineBelow: 0.3, lowBelow: 0.6 });

/** The quoted texts of an answer, in order. */
const texts = (answer: Answer) => answer.passages.map((passage) => passage.text);

/** Thirty paragraphs, each naming one numbered copper kettle: thirty equal answers to "copper kettle". */
const KETTLES = Array.from(
  { length: 30 },
  (_, n) => `Kettle ${n + 1} was made of copper by the smith.`,
).join("\n\n");
const kettles = lazyEngine({ "kettles.md": KETTLES });
const kettleIds = (answer: Answer) => answer.passages.map((passage) => passage.id);

describe("answer() on the article", () => {
  it.each([
    ["Where did the Russian jets take off from on their way to Syria?", "took off from Iran"],
    ["In which year did Putin return to the presidency?", "2012"],
    ["What did Lavrov say about the world order?", "polycentric architecture"],
    [
      "What slogan did revolutionaries chant at the start of the Islamic Republic?",
      "neither East, nor West",
    ],
  ])("quotes the passage that answers %j first", (question, expected) => {
    const answer = ask(question);
    expectWellFormed(answer, question);
    expect(answer.noAnswer).toBe(false);
    expect(answer.passages[0]?.text).toContain(expected);
  });

  it("cites document, title and page, best first", () => {
    const [first, second] = ask(
      "Who replaced the United States as Iran's leading supplier?",
    ).passages;
    expect(first).toMatchObject({ document: "newest-power-couple", page: 86 });
    expect(first?.title).toContain("The Newest Power Couple");
    expect(first?.score).toBeGreaterThanOrEqual(second?.score ?? 0);
  });

  it("highlights the sentence that answers", () => {
    const [first] = ask("Which regional foe threatens Iran the most?").passages;
    expect(first?.text.slice(first.highlight.start, first.highlight.end)).toContain(
      "most notably Saudi Arabia",
    );
  });

  it("never quotes the same sentence twice", () => {
    const { passages } = engine.answer("Russia Iran Syria United States", { limit: 5 });
    const ids = passages.flatMap((p) => engine.passages[p.id]?.text ?? []);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of passages)
      for (const b of passages) {
        if (a === b) continue;
        const pa = engine.passages[a.id];
        const pb = engine.passages[b.id];
        expect(
          pa && pb && pa.firstSentence <= pb.lastSentence && pb.firstSentence <= pa.lastSentence,
        ).toBe(false);
      }
  });

  it("pages on with offset", () => {
    const first = engine.answer("Russia and Iran", { limit: 3 });
    const next = engine.answer("Russia and Iran", { limit: 3, offset: 3 });
    expect(next.passages.length).toBeGreaterThan(0);
    for (const passage of next.passages)
      expect(first.passages.map((p) => p.id)).not.toContain(passage.id);
  });

  it("finds neighbours before and after a passage", () => {
    const [first] = ask("What was the revolutionary slogan?").passages;
    const shown = first && engine.passageOf(first.id, first.throughId);
    expect(shown?.text).toBe(first?.text);
    const { before, after } = engine.neighbours(shown ?? (engine.passages[0] as Passage));
    expect(before?.text).toContain("most notably Saudi Arabia");
    expect(after?.text).toMatch(/hostage crisis|1980s/);
    expect(engine.neighbours(engine.passages[0] as Passage).before).toBeNull();
  });

  it("keeps every quote rebuildable, short and apart from the others, for questions made of the article's own sentences", () => {
    const questions = engine.passages.map((passage) =>
      passage.text.split(" ").slice(0, 9).join(" "),
    );
    let joined = 0;
    for (const question of questions) {
      const quotes = engine.answer(question, { limit: 10 }).passages;
      const shown = quotes.map((quote) => engine.passageOf(quote.id, quote.throughId) as Passage);
      shown.forEach((passage, index) => {
        expect(passage.text).toBe(quotes[index]?.text);
        if (quotes[index]?.throughId !== quotes[index]?.id) {
          joined += 1;
          expect(passage.text.length).toBeLessThanOrEqual(450);
        }
        for (const other of shown.slice(index + 1)) {
          const apart =
            other.documentId !== passage.documentId ||
            other.lastSentence < passage.firstSentence ||
            passage.lastSentence < other.firstSentence;
          expect(apart).toBe(true);
        }
      });
    }
    expect(joined).toBeGreaterThan(0);
  });

  describe("overlapping passages that both answer", () => {
    const ledger = createEngine(
      contentFolder({
        "ledger.md": [
          "The guild met in the old hall each spring.",
          "",
          "Its treasurer was Anna Berg, elected in 1921. She kept the accounts of the guild for thirty years. Her ledgers are kept in the guild archive.",
          "",
          "The hall burned down in 1950.",
        ].join("\n"),
      }),
    );

    it("are quoted as one, and passageOf rebuilds the quote with its neighbours around it", () => {
      const [best] = ledger.answer("Which treasurer kept the guild accounts and ledgers?").passages;
      expect(best?.text).toBe(
        "Its treasurer was Anna Berg, elected in 1921. She kept the accounts of the guild for thirty years. Her ledgers are kept in the guild archive.",
      );
      expect(best?.text.slice(best.highlight.start, best.highlight.end)).toMatch(
        /^(Its|She|Her) [^.]*\.$/,
      );
      expect(best?.throughId).toBeGreaterThan(best?.id ?? Number.MAX_SAFE_INTEGER);
      const shown = ledger.passageOf(best?.id ?? -1, best?.throughId);
      expect(shown?.text).toBe(best?.text);
      const { before, after } = ledger.neighbours(shown as Passage);
      expect(before?.text).toBe("The guild met in the old hall each spring.");
      expect(after?.text).toBe("The hall burned down in 1950.");
    });

    it("leave no sentence out of the context: the neighbour is cut to the sentences the quote lacks, with their own page", () => {
      const paged = createEngine(
        contentFolder({
          "paged.md":
            "Owls hunt at night in the old forest. Foxes hunt at dusk near the river. [End Page 7] Badgers dig deep setts under the oaks.",
        }),
      );
      const [first, second] = paged.passages as [Passage, Passage];
      expect(second.text).toBe(
        "Foxes hunt at dusk near the river. Badgers dig deep setts under the oaks.",
      );
      const { after } = paged.neighbours(first);
      expect(after?.text).toBe("Badgers dig deep setts under the oaks.");
      expect(after?.page).toBe(8);
      const { before } = paged.neighbours(second);
      expect(before?.text).toBe("Owls hunt at night in the old forest.");
      expect(before?.page).toBe(7);
    });

    it("never repeat a sentence across the quotes of an answer", () => {
      const { passages } = ledger.answer("guild hall treasurer accounts spring burned", {
        limit: 5,
      });
      const sentences = passages.flatMap((p) => p.text.split(/(?<=\.) /));
      expect(new Set(sentences).size).toBe(sentences.length);
    });
  });
});

describe("several documents", () => {
  it("prefers, between equal passages, the one from the document most good candidates come from", () => {
    const corpus = createEngine(
      contentFolder({
        "a-stray.md": "Owls hunt voles at night.",
        "b-owls.md": [
          "Owls hunt voles at night.",
          "",
          "Barn owls nest in barns and hunt over fields.",
          "",
          "Owls swallow voles whole.",
        ].join("\n"),
      }),
    );
    const [first, second] = corpus.answer("When do owls hunt voles?").passages;
    expect(first?.text).toBe(second?.text);
    expect(first?.document).toBe("b-owls");
    expect(second?.document).toBe("a-stray");
    expect(first?.score).toBeGreaterThan(second?.score ?? 1);
  });
});

describe("declining", () => {
  it.each([
    "What is the capital of France?",
    "How do I bake sourdough bread?",
    "What is the population of India?",
    "Who won the 2018 FIFA World Cup?",
    "What's the weather like today?",
    "What is the capital of Iran?",
    "Who is the president of France?",
  ])("never answers %j, which the article does not cover, as if it did", (question) => {
    const answer = ask(question);
    expectWellFormed(answer, question);
    // A near miss may be shown as the closest passage, which may not answer; never as an answer.
    if (answer.noAnswer) {
      expect(answer).toMatchObject({ reasonCode: "not-covered", passages: [] });
      expect(answer.reason).toBe(
        "“The Newest Power Couple: Iran and Russia Band together to Support Assad” does not cover this.",
      );
    } else {
      expect(answer.confidence).toBe("low");
    }
  });

  it("still answers a question whose words the article shares only in part", () => {
    const answer = ask("What does Russia gain from working with Tehran?");
    expect(answer.noAnswer).toBe(false);
  });

  describe("one shared word beside an unknown one, decided by a model weighing the kind of thing asked for and unknown names", () => {
    // Hand-made, so that the test is of what the engine tells the model, not of what training found.
    const decision = decisionModel({
      weights: DECISION_FEATURES.map((name) =>
        name === "typed" ? 6 : name === "unknownName" ? -10 : 0,
      ),
      bias: -3,
    });
    const chronicle = new AnswerEngine(
      loadContent(
        contentFolder({
          "chronicle.md": [
            "King Malcolm of Scotland married Margaret in 1070.",
            "",
            "The abbot and his monks fled to Sicily when the war began.",
            "",
            "Margaret founded a priory by the river. The harvest failed twice.",
            "",
            "The monks kept bees and brewed ale for the whole valley.",
            "",
            "Rain fell for forty days, and the bridge over the river was lost.",
          ].join("\n"),
        }),
      ),
      { parameters: { ...FITTED, decision } },
    );

    it.each([
      ["Who was Margaret's husband?", "Malcolm"],
      ["Where did the monks escape to?", "Sicily"],
    ])("answers %j when the passage holds the kind of thing asked for", (question, expected) => {
      const answer = chronicle.answer(question);
      expect(answer.noAnswer).toBe(false);
      expect(answer.passages[0]?.text).toContain(expected);
    });

    it.each(["What was Margaret's dowry?", "Who was Margaret of Norway?"])(
      "declines %j: no answer of the asked kind, or a name never mentioned",
      (question) => {
        expect(chronicle.answer(question)).toMatchObject({
          noAnswer: true,
          reasonCode: "not-covered",
        });
      },
    );
  });

  it("offers the nearest passages as suggestions when it declines a question sharing a word", () => {
    const answer = ask("who won the world cup in russia");
    if (answer.noAnswer) {
      expect(answer.suggestions.length).toBeGreaterThan(0);
      expect(answer.suggestions[0]?.text).toContain("Russia");
    } else {
      expect(answer.confidence).toBe("low");
    }
  });
});

describe("bad input", () => {
  const cases: [string, string][] = [
    ["empty", ""],
    ["white space", " \n\t  "],
    ["10,000 characters", "Russia ".repeat(1430)],
    ["emoji only", "🤔🔥🇮🇷🇷🇺"],
    ["stop words only", "what is the of and to"],
    ["regex metacharacters", ".*+?^$\u007B}()|[]\\/ (?<x>a)"],
    ["control characters", "\u0000\u0007Russia\u001b[31m Iran\u0008"],
    ["right-to-left", "روسیه و ایران در سوریه"],
    ["mixed scripts", "Россия and إيران in Сирия?"],
    ["zero-width", "Rus\u200bsia\u200d Ir\u200can"],
    ["mentions", "@everyone <@&123> <@456> Assad"],
    ["markdown", "**Putin** `code` ||spoiler|| > quote"],
  ];

  it.each(cases)("%s gives a well-formed answer", (_, question) => {
    expectWellFormed(ask(question), question);
  });

  it("says why for empty, stop-word-only and over-long questions", () => {
    expect(ask("").reasonCode).toBe("empty");
    expect(ask("what is the of").reasonCode).toBe("no-search-terms");
    expect(ask("x".repeat(MAX_QUESTION_CHARS + 1)).reasonCode).toBe("too-long");
  });

  it("survives values that are not strings", () => {
    expect(engine.answer(undefined as unknown as string).noAnswer).toBe(true);
    expect(engine.answer(42 as unknown as string).noAnswer).toBe(true);
  });

  it("clamps silly options", () => {
    expect(engine.answer("Putin", { limit: 1e9 }).passages.length).toBeLessThanOrEqual(25);
    expect(engine.answer("Putin", { limit: Number.NaN, offset: -3 }).passages.length).toBe(1);
  });
});

describe("answer() to a follow-up", () => {
  const earlier = "Why does Russia back Assad?";

  it("reads it with the question it follows, its own words leading", () => {
    const alone = ask("and what about lavrov?");
    const together = engine.answer("and what about lavrov?", { followingUp: earlier });
    expect(together.question).toBe("and what about lavrov?");
    expect(together.passages[0]?.text).toContain("Lavrov");
    // The earlier question brings its topic along: more than Lavrov's one passage is quoted.
    expect(together.passages.length).toBeGreaterThan(alone.passages.length);
    expect(together.passages.some((passage) => passage.text.includes("Assad"))).toBe(true);
  });

  it("that names nothing of its own is read as the question it follows", () => {
    expect(ask("why tho").noAnswer).toBe(true);
    const answer = engine.answer("why tho", { followingUp: earlier });
    expect(answer.noAnswer).toBe(false);
    expect(answer.passages.map((passage) => passage.id)).toEqual(
      ask(earlier).passages.map((passage) => passage.id),
    );
  });

  it("is read alone when the earlier question is empty", () => {
    expect(engine.answer("Who is Lavrov?", { followingUp: "  " })).toEqual(ask("Who is Lavrov?"));
  });
});

describe("what a question is read as", () => {
  it("declines a value that is not a string as empty, echoing an empty question", () => {
    const answer = harbour().answer(42 as unknown as string);
    expect(answer).toEqual({
      question: "",
      noAnswer: true,
      reason: "Ask a question about the article.",
      reasonCode: "empty",
      passages: [],
      suggestions: [],
    });
  });

  it("declines a question of control and format characters only as empty", () => {
    const question = " \u0007\u200b\u0000 ";
    const answer = harbour().answer(question);
    expect(answer.reasonCode).toBe("empty");
    expect(answer.question).toBe(question);
  });

  it("reads a control character between words as a space, not as nothing", () => {
    const answer = harbour().answer("copper\u0000kettles");
    expect(answer.noAnswer).toBe(false);
    expect(answer.question).toBe("copper\u0000kettles");
    expect(texts(answer)).toEqual(["A merchant sold copper kettles at the market."]);
  });

  it("reads a question of exactly the longest length, and declines one character more, saying both lengths", () => {
    const longest = `copper ${"x".repeat(MAX_QUESTION_CHARS - 7)}`;
    expect(longest).toHaveLength(MAX_QUESTION_CHARS);
    expect(harbour().answer(`  ${longest}  `).reasonCode).not.toBe("too-long");
    const answer = harbour().answer(`${longest}x`);
    expect(answer).toMatchObject({
      noAnswer: true,
      reasonCode: "too-long",
      reason: "The question is 4001 characters long; ask in at most 4000.",
      passages: [],
      suggestions: [],
    });
  });

  it("counts a run of control characters as one space toward the longest length", () => {
    const question = `copper\u0007\u0007\u0007${"x".repeat(MAX_QUESTION_CHARS - 7)}`;
    expect(harbour().answer(question).reasonCode).not.toBe("too-long");
  });

  it("declines a question of stop words only, saying it has no words to look for", () => {
    expect(harbour().answer("what is the")).toEqual({
      question: "what is the",
      noAnswer: true,
      reasonCode: "no-search-terms",
      reason: "The question has no words to look for; ask with words from the article.",
      passages: [],
      suggestions: [],
    });
  });
});

describe("declining what the documents do not cover", () => {
  it("names the one document searched", () => {
    const answer = harbour().answer("zebras");
    expect(answer).toMatchObject({
      noAnswer: true,
      reasonCode: "not-covered",
      reason: "“harbour” does not cover this.",
      passages: [],
      suggestions: [],
    });
  });

  it("speaks of the documents when there are several", () => {
    expect(harbourAndMill().answer("zebras").reason).toBe("These documents do not cover this.");
  });

  it("suggests the nearest passage when it shares a word with the question", () => {
    const answer = harbourAndMillDeciding(SURE_NOT).answer("what about zebras and kettles");
    expect(answer).toMatchObject({ noAnswer: true, reasonCode: "not-covered", passages: [] });
    expect(answer.suggestions.map((passage) => passage.text)).toEqual([
      "A merchant sold copper kettles at the market.",
    ]);
  });

  it("declines what the decision model declines, even a question the best passage holds whole", () => {
    const answer = harbourAndMillDeciding(SURE_NOT).answer("copper kettles");
    expect(answer).toMatchObject({ noAnswer: true, reasonCode: "not-covered", passages: [] });
    expect(answer.suggestions[0]?.text).toBe("A merchant sold copper kettles at the market.");
  });

  it("declines, suggesting nothing, when the best passage holds no informative word of the question, however sure the model", () => {
    const engine = new AnswerEngine(
      loadContent(contentFolder({ "thanks.md": "Thanks for reading.\n\nThe harbour froze." })),
      { parameters: { ...FITTED, decision: SURE } },
    );
    // "thanks" is chat filler: it ranks the passage holding it, but is no evidence.
    const answer = engine.answer("thanks");
    expect(answer).toMatchObject({ noAnswer: true, reasonCode: "not-covered", suggestions: [] });
    expect(engine.answer("harbour thanks").noAnswer).toBe(false);
  });

  it("refuses fitted parameters made for other features than the engine's", () => {
    const documents = loadContent(contentFolder({ "harbour.md": HARBOUR }));
    const ranking = { features: ["bm25"], weights: [1] };
    expect(() => new AnswerEngine(documents, { parameters: { ...FITTED, ranking } })).toThrow(
      /npm run train/,
    );
  });

  it("suggests nothing when the nearest passage shares only chat filler with the question", () => {
    const engine = engineOf({ "thanks.md": "Thanks for reading.\n\nThe harbour froze." });
    const answer = engine.answer("thanks");
    expect(answer.reasonCode).toBe("not-covered");
    expect(answer.suggestions).toEqual([]);
  });

  it("suggests at most three passages", () => {
    const answer = kettles().answer("the kettle of the zebra giraffes");
    expect(answer.reasonCode).toBe("not-covered");
    expect(answer.suggestions.map((passage) => passage.id)).toEqual([0, 1, 2]);
  });
});

describe("how sure an answer is", () => {
  it("is high when the best passage holds the question's words", () => {
    const answer = harbour().answer("copper kettles");
    expect(answer).toMatchObject({ noAnswer: false, confidence: "high", suggestions: [] });
    expect(answer.reason).toBeUndefined();
    expect(answer.nextOffset).toBeUndefined();
  });

  it("is low when the decision model finds the answer thin, high when it is sure", () => {
    const thin = harbourAndMillDeciding(UNSURE).answer("copper harbour miller wheat nets");
    expect(thin).toMatchObject({ noAnswer: false, confidence: "low", suggestions: [] });
    expect(thin.passages.length).toBeGreaterThan(0);
    const sure = harbourAndMillDeciding(SURE).answer("copper harbour miller wheat nets");
    expect(sure).toMatchObject({ noAnswer: false, confidence: "high" });
    expect(texts(sure)).toEqual(texts(thin));
  });

  it("is decided on the best two passages' scores and the evidence, as the model weighs them", () => {
    // Only the best passage's coverage counts: all of "copper kettles", a fifth of the other question.
    const byCoverage = decisionModel({
      weights: DECISION_FEATURES.map((name) => (name === "coverage" ? 10 : 0)),
      bias: -5,
    });
    expect(harbourAndMillDeciding(byCoverage).answer("copper kettles").confidence).toBe("high");
    expect(
      harbourAndMillDeciding(byCoverage).answer("copper harbour miller wheat nets").noAnswer,
    ).toBe(true);
  });
});

describe("the pages of an answer", () => {
  it("quotes five passages by default, and says where the next page starts", () => {
    const answer = kettles().answer("copper kettle");
    expect(kettleIds(answer)).toEqual([0, 1, 2, 3, 4]);
    expect(answer.nextOffset).toBe(5);
  });

  it("goes on from the offset, and gives no next offset on the last page", () => {
    const answer = kettles().answer("copper kettle", { offset: 27, limit: 5 });
    expect(kettleIds(answer)).toEqual([27, 28, 29]);
    expect(answer.nextOffset).toBeUndefined();
  });

  it("gives no next offset when the page ends exactly at the last passage", () => {
    const answer = kettles().answer("copper kettle", { offset: 25, limit: 5 });
    expect(kettleIds(answer)).toEqual([25, 26, 27, 28, 29]);
    expect(answer.nextOffset).toBeUndefined();
  });

  it("quotes at least one and at most twenty-five passages, whole numbers of them", () => {
    expect(kettleIds(kettles().answer("copper kettle", { limit: 0 }))).toEqual([0]);
    expect(kettleIds(kettles().answer("copper kettle", { limit: -4 }))).toEqual([0]);
    expect(kettles().answer("copper kettle", { limit: 100 }).passages).toHaveLength(25);
    expect(kettleIds(kettles().answer("copper kettle", { limit: 2.9 }))).toEqual([0, 1]);
    expect(kettleIds(kettles().answer("copper kettle", { limit: Number.NaN }))).toEqual([0]);
  });

  it("reads a negative, fractional or infinite offset as a whole offset from 0 up", () => {
    expect(kettleIds(kettles().answer("copper kettle", { offset: -3, limit: 1 }))).toEqual([0]);
    const fractional = kettles().answer("copper kettle", { offset: 2.7, limit: 1 });
    expect(kettleIds(fractional)).toEqual([2]);
    expect(fractional.nextOffset).toBe(3);
    expect(kettleIds(kettles().answer("copper kettle", { offset: Infinity, limit: 1 }))).toEqual([
      0,
    ]);
  });

  it("never reads an offset past the candidates ranked", () => {
    const answer = kettles().answer("copper kettle", { offset: 1000 });
    expect(answer.passages).toEqual([]);
    expect(answer.nextOffset).toBeUndefined();
  });
});

describe("what the first page leaves for later pages", () => {
  // One passage holds both words; the others hold one, and score well under 40% of it.
  const lopsided = lazyEngine({
    "lopsided.md": [
      "The amber lantern glowed in the brass observatory tower.",
      "Lantern oil was cheap.",
      "A ship passed.",
      "The lantern was lit.",
    ].join("\n\n"),
  });

  it("quotes on the first page only passages within reach of the best one", () => {
    const answer = lopsided().answer("amber brass observatory lantern");
    expect(texts(answer)).toEqual(["The amber lantern glowed in the brass observatory tower."]);
    expect(answer.nextOffset).toBe(1);
  });

  it("goes on down the whole list on later pages", () => {
    const answer = lopsided().answer("amber brass observatory lantern", { offset: 1 });
    expect(texts(answer).sort()).toEqual(["Lantern oil was cheap.", "The lantern was lit."]);
    expect(answer.nextOffset).toBeUndefined();
  });
});

describe("overlapping passages that both answer", () => {
  const owls = lazyEngine({
    "owl.md": "The grey owl hunted at dusk. The grey owl slept at dawn. Foxes ran.",
  });

  it("are quoted as one, through the later passage's id", () => {
    const answer = owls().answer("grey owl");
    expect(answer.passages).toHaveLength(1);
    const [quote] = answer.passages;
    expect(quote?.text).toBe("The grey owl hunted at dusk. The grey owl slept at dawn. Foxes ran.");
    expect(quote?.id).toBe(0);
    expect(quote?.throughId).toBe(1);
  });
});

describe("questions about the documents themselves", () => {
  it("answers who wrote it with each document's about passage first, then their summaries taking turns", () => {
    const answer = harbourAndMill().answer("who wrote this", { limit: 25 });
    expect(answer).toMatchObject({ noAnswer: false, confidence: "high", suggestions: [] });
    expect(texts(answer)).toEqual([
      "harbour.",
      "mill.",
      "The harbour froze in winter.",
      "The mill ground wheat.",
      "Fishermen mended their nets beside the lighthouse.",
      "The miller sold flour to the baker.",
      "A merchant sold copper kettles at the market.",
    ]);
    // Scored down the list: 1 - position / (passages + 1).
    expect(answer.passages.map((passage) => passage.score)).toEqual([
      1, 0.875, 0.75, 0.625, 0.5, 0.375, 0.25,
    ]);
    expect(answer.nextOffset).toBeUndefined();
  });

  it("numbers each document's about passage after the text's passages, in the documents' order", () => {
    // A fresh engine: the numbers are given while it is built.
    const engine = engineOf({ "harbour.md": HARBOUR, "mill.md": MILL });
    const [harbourAbout, millAbout] = engine.answer("who wrote this").passages;
    expect(engine.passages).toHaveLength(5);
    expect([harbourAbout?.id, millAbout?.id]).toEqual([5, 6]);
    expect(engine.passageOf(6)?.text).toBe("mill.");
  });

  it("answers a request for a summary with the summaries first, then the about passages", () => {
    const answer = harbourAndMill().answer("summary", { limit: 25 });
    expect(texts(answer)).toEqual([
      "The harbour froze in winter.",
      "The mill ground wheat.",
      "Fishermen mended their nets beside the lighthouse.",
      "The miller sold flour to the baker.",
      "A merchant sold copper kettles at the market.",
      "harbour.",
      "mill.",
    ]);
  });

  it("pages through a document answer like any other", () => {
    const first = harbourAndMill().answer("who wrote this", { limit: 3 });
    expect(first.nextOffset).toBe(3);
    const next = harbourAndMill().answer("who wrote this", { offset: 3, limit: 3 });
    expect(texts(next)).toEqual([
      "The mill ground wheat.",
      "Fishermen mended their nets beside the lighthouse.",
      "The miller sold flour to the baker.",
    ]);
    expect(next.nextOffset).toBe(6);
  });

  it("highlights the first sentence of a summary passage", () => {
    const engine = engineOf({ "pair.md": "The owl hunted mice. It slept by day." });
    const [summary] = engine.answer("summary").passages;
    expect(summary?.text).toBe("The owl hunted mice. It slept by day.");
    expect(summary?.highlight).toEqual({ start: 0, end: "The owl hunted mice.".length });
  });

  it("sums a document up in at most three passages", () => {
    const five = ["Owls hunt.", "Owls sleep.", "Owls fly.", "Owls nest.", "Owls call."];
    const engine = engineOf({ "owls.md": five.join("\n\n") });
    const answer = engine.answer("summary", { limit: 25 });
    expect(answer.passages).toHaveLength(4);
    expect(texts(answer).at(-1)).toBe("owls.");
  });

  it("sums up no two passages sharing a sentence", () => {
    const engine = engineOf({
      "owl.md": "The owl hunted mice. It slept by day. It called at night.",
    });
    const summaries = engine.answer("summary", { limit: 25 }).passages.slice(0, -1);
    expect(summaries).toHaveLength(1);
  });

  it("keeps passages standing before a more central one", () => {
    const engine = engineOf({
      "pets.md": "Cats sleep.\n\nDogs bark.\n\nCats and dogs play, cats chase dogs.",
    });
    expect(texts(engine.answer("summary", { limit: 25 }))).toEqual([
      "Cats and dogs play, cats chase dogs.",
      "Cats sleep.",
      "Dogs bark.",
      "pets.",
    ]);
  });

  it("leaves out a passage sharing its last sentence with a more central one", () => {
    const engine = engineOf({
      "owl.md":
        "Rain fell on the wet grey hills. Owls and foxes hunt mice. Owls and foxes chase mice.",
    });
    expect(texts(engine.answer("summary", { limit: 25 }))).toEqual([
      "Owls and foxes hunt mice. Owls and foxes chase mice.",
      "owl.",
    ]);
  });

  it("sums up each document from its own passages only", () => {
    const answer = harbourAndMill().answer("summary", { limit: 25 });
    const summaries = answer.passages.slice(0, -2);
    const fromHarbour = summaries.filter((passage) => passage.document === "harbour");
    const fromMill = summaries.filter((passage) => passage.document === "mill");
    expect(fromHarbour.map((passage) => passage.text).sort()).toEqual(HARBOUR.split("\n\n").sort());
    expect(fromMill.map((passage) => passage.text).sort()).toEqual(MILL.split("\n\n").sort());
  });

  it("sums up only the first five of many documents, and names them all", () => {
    const files: Record<string, string> = {};
    for (const name of ["a", "b", "c", "d", "e", "f"])
      files[`${name}.md`] = `Note ${name} is here.`;
    const answer = engineOf(files).answer("summary", { limit: 25 });
    expect(texts(answer)).toEqual([
      "Note a is here.",
      "Note b is here.",
      "Note c is here.",
      "Note d is here.",
      "Note e is here.",
      "a.",
      "b.",
      "c.",
      "d.",
      "e.",
      "f.",
    ]);
  });

  it("works a document's summary out once and gives the same one again", () => {
    const first = texts(harbourAndMill().answer("summary", { limit: 25 }));
    expect(texts(harbourAndMill().answer("summary", { limit: 25 }))).toEqual(first);
  });
});

describe("the passage a quote shows", () => {
  const ravensAndCrows = lazyEngine({
    "a.md": "Ravens nest high. Ravens eat carrion. Ravens live long.",
    "b.md": "Crows gather. Crows talk.",
  });
  const passages = () => ravensAndCrows().passages as [Passage, Passage, Passage];

  it("is the passage itself when quoted alone", () => {
    const [ravens01, ravens12] = passages();
    expect(ravensAndCrows().passageOf(ravens01.id)).toBe(ravens01);
    expect(ravensAndCrows().passageOf(ravens12.id, ravens01.id)).toBe(ravens12);
  });

  it("spans the passages through the last one joined", () => {
    const [ravens01, ravens12] = passages();
    expect(ravensAndCrows().passageOf(ravens01.id, ravens12.id)?.text).toBe(
      "Ravens nest high. Ravens eat carrion. Ravens live long.",
    );
  });

  it("never joins in a passage of another document", () => {
    const [, ravens12, crows] = passages();
    expect(ravensAndCrows().passageOf(ravens12.id, crows.id)?.text).toBe(ravens12.text);
  });

  it("is a document's about passage for the ids after the text's passages, and nothing past them", () => {
    expect(ravensAndCrows().passages).toHaveLength(3);
    expect(ravensAndCrows().passageOf(3)?.text).toBe("a.");
    expect(ravensAndCrows().passageOf(4)?.text).toBe("b.");
    expect(ravensAndCrows().passageOf(5)).toBeUndefined();
  });
});

describe("what stands around a passage", () => {
  const ravensAndLongerCrows = lazyEngine({
    "a.md": "Ravens nest high. Ravens eat carrion. Ravens live long.\n\nRavens play.",
    // Longer than a.md: its passages' sentence numbers run past a.md's last.
    "b.md": "Crows gather. Crows talk. Crows sleep. Crows wake. Crows fly. Crows land.",
  });
  const passageWith = (words: string) =>
    ravensAndLongerCrows().passages.find((passage) => passage.text.startsWith(words)) as Passage;

  it("is the sentences before and after it that it does not quote", () => {
    const { before, after } = ravensAndLongerCrows().neighbours(passageWith("Ravens eat carrion"));
    expect(before?.text).toBe("Ravens nest high.");
    expect(after?.text).toBe("Ravens play.");
  });

  it("is nothing before a document's first passage or after its last, whatever the next document says", () => {
    expect(ravensAndLongerCrows().neighbours(passageWith("Ravens nest")).before).toBeNull();
    expect(ravensAndLongerCrows().neighbours(passageWith("Ravens play")).after).toBeNull();
    expect(ravensAndLongerCrows().neighbours(passageWith("Crows gather")).before).toBeNull();
  });

  it("is the nearest passage's sentences only, not those of passages further off", () => {
    expect(ravensAndLongerCrows().neighbours(passageWith("Ravens play")).before?.text).toBe(
      "Ravens eat carrion. Ravens live long.",
    );
    expect(ravensAndLongerCrows().neighbours(passageWith("Ravens nest")).after?.text).toBe(
      "Ravens live long.",
    );
  });

  it("skips, for a joined quote, the passages it already holds", () => {
    const joined = ravensAndLongerCrows().passageOf(0, 1) as Passage;
    const { before, after } = ravensAndLongerCrows().neighbours(joined);
    expect(before).toBeNull();
    expect(after?.text).toBe("Ravens play.");
  });

  it("is nothing for a passage of a document the engine does not hold", () => {
    const stranger = { ...passageWith("Ravens eat carrion"), documentId: "elsewhere" };
    expect(ravensAndLongerCrows().neighbours(stranger)).toEqual({ before: null, after: null });
  });
});
