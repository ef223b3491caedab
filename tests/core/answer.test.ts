import { describe, expect, it } from "vitest";
import type { Answer, Passage } from "../../src/core/index.ts";
import { createEngine, MAX_QUESTION_CHARS } from "../../src/core/index.ts";
import { article, contentFolder } from "../helpers.ts";

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
  ])("declines %j, which the article does not cover", (question) => {
    const answer = ask(question);
    expectWellFormed(answer, question);
    expect(answer).toMatchObject({ noAnswer: true, reasonCode: "not-covered", passages: [] });
    expect(answer.reason).toBe(
      "“The Newest Power Couple: Iran and Russia Band together to Support Assad” does not cover this.",
    );
  });

  it("still answers a question whose words the article shares only in part", () => {
    const answer = ask("What does Russia gain from working with Tehran?");
    expect(answer.noAnswer).toBe(false);
  });

  describe("one shared word beside an unknown one", () => {
    const chronicle = createEngine(
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

  it("offers the nearest passages as suggestions when it declines a near miss", () => {
    const answer = ask("What is the population of India?");
    expect(answer.suggestions.length).toBeGreaterThan(0);
    expect(answer.suggestions[0]?.text).toContain("India");
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
