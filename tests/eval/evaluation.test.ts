import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { AnswerOptions } from "../../src/core/answer.ts";
import { loadContent } from "../../src/core/content/load-content.ts";
import { AnswerEngine } from "../../src/core/engine.ts";
import {
  type Answerer,
  evaluate,
  normalizeForMatch,
  type QuestionSet,
  type ScoredAnswer,
} from "../../src/eval/evaluation.ts";

/** What an engine answers to one question: passages quoted, or declined with suggestions. */
interface Scripted {
  passages?: string[];
  declined?: boolean;
  suggestions?: string[];
}

/**
 * An engine that answers each question as scripted, so the scores of every
 * rank can be checked; it records the options it was asked with.
 */
function scriptedEngine(script: Record<string, Scripted>) {
  const asked: AnswerOptions[] = [];
  const quote = (text: string) => ({ text });
  const engine: Answerer = {
    answer(question: string, options: AnswerOptions): ScoredAnswer {
      asked.push(options);
      const scripted = script[question] ?? {};
      return {
        noAnswer: scripted.declined ?? false,
        passages: (scripted.passages ?? []).map(quote),
        suggestions: (scripted.suggestions ?? []).map(quote),
      };
    },
  };
  return { engine, asked };
}

/** A question set of `questions`, each id its question. */
function setOf(questions: [string, string[] | null][]): QuestionSet {
  return {
    name: "rules",
    questions: questions.map(([question, expect]) => ({ id: question, question, expect })),
  };
}

describe("normalizeForMatch", () => {
  it("folds case, curly quotes, dashes and runs of white space", () => {
    expect(normalizeForMatch("It’s ‘A’ ‚b‛ “C” „d‟ – — x\t\n  y")).toBe(
      "it's 'a' 'b' \"c\" \"d\" - - x y",
    );
  });
});

describe("evaluate: answerable questions", () => {
  it("scores a hit at rank 1 in every measure, and lists no miss", () => {
    const { engine, asked } = scriptedEngine({ q1: { passages: ["Barn owls nest in barns."] } });
    const report = evaluate(engine, setOf([["q1", ["OWLS  NEST"]]]));
    expect(report).toEqual({
      name: "rules",
      answerable: 1,
      hitAt1: 1,
      hitAt3: 1,
      mrrAt5: 1,
      outOfScope: 0,
      declinedOutOfScope: 0,
      wronglyDeclined: 0,
      meanTop1Length: "Barn owls nest in barns.".length,
      misses: [],
    });
    expect(asked).toEqual([{ limit: 5 }]);
  });

  it("matches any expected piece, folded alike on both sides", () => {
    const { engine } = scriptedEngine({ q1: { passages: ["The “old” barn—east."] } });
    const report = evaluate(engine, setOf([["q1", ["no such words", 'the "old" barn-east']]]));
    expect(report.hitAt1).toBe(1);
  });

  it("scores ranks 2, 3 and 4 by hit@3 and reciprocal rank, listing each as a miss", () => {
    const { engine } = scriptedEngine({
      second: { passages: ["Mice.", "Owls."] },
      third: { passages: ["Mice.", "Voles.", "Owls."] },
      fourth: { passages: ["Mice.", "Voles.", "Bats.", "Owls."] },
    });
    const report = evaluate(
      engine,
      setOf([
        ["second", ["owls"]],
        ["third", ["owls"]],
        ["fourth", ["owls"]],
      ]),
    );
    expect(report.answerable).toBe(3);
    expect(report.hitAt1).toBe(0);
    expect(report.hitAt3).toBe(2 / 3);
    expect(report.mrrAt5).toBeCloseTo((1 / 2 + 1 / 3 + 1 / 4) / 3, 12);
    expect(report.misses).toEqual([
      { id: "second", question: "second", expect: ["owls"], got: "Mice.", rank: 2 },
      { id: "third", question: "third", expect: ["owls"], got: "Mice.", rank: 3 },
      { id: "fourth", question: "fourth", expect: ["owls"], got: "Mice.", rank: 4 },
    ]);
  });

  it("lists a question none of whose passages hold the piece, with the first suggestion when declined", () => {
    const { engine } = scriptedEngine({
      missed: { passages: ["Mice."] },
      declined: { declined: true, suggestions: ["Voles.", "Bats."] },
      silent: { declined: true },
    });
    const report = evaluate(
      engine,
      setOf([
        ["missed", ["owls"]],
        ["declined", ["owls"]],
        ["silent", ["owls"]],
      ]),
    );
    expect(report).toMatchObject({ answerable: 3, hitAt1: 0, hitAt3: 0, mrrAt5: 0 });
    expect(report.wronglyDeclined).toBe(2);
    expect(report.misses).toEqual([
      { id: "missed", question: "missed", expect: ["owls"], got: "Mice.", rank: null },
      { id: "declined", question: "declined", expect: ["owls"], got: "Voles.", rank: null },
      { id: "silent", question: "silent", expect: ["owls"], got: null, rank: null },
    ]);
  });

  it("counts a declined answer as wrongly declined even when a passage was found", () => {
    const { engine } = scriptedEngine({ q1: { declined: true, passages: ["Owls."] } });
    const report = evaluate(engine, setOf([["q1", ["owls"]]]));
    expect(report).toMatchObject({ wronglyDeclined: 1, hitAt1: 1, misses: [] });
  });
});

describe("evaluate: questions the documents do not cover", () => {
  it("counts them apart, and lists one that was answered with what it got", () => {
    const { engine } = scriptedEngine({
      declined: { declined: true },
      answered: { passages: ["Mice eat seeds."] },
      empty: {},
    });
    const report = evaluate(
      engine,
      setOf([
        ["declined", null],
        ["answered", null],
        ["empty", null],
      ]),
    );
    expect(report).toEqual({
      name: "rules",
      answerable: 0,
      hitAt1: 0,
      hitAt3: 0,
      mrrAt5: 0,
      outOfScope: 3,
      declinedOutOfScope: 1,
      wronglyDeclined: 0,
      meanTop1Length: "Mice eat seeds.".length,
      misses: [
        { id: "answered", question: "answered", expect: null, got: "Mice eat seeds.", rank: null },
        { id: "empty", question: "empty", expect: null, got: null, rank: null },
      ],
    });
  });

  it("divides shares by the answerable questions only, and averages top passages over all", () => {
    const { engine } = scriptedEngine({
      hit: { passages: ["Owls."] },
      out: { passages: ["Mice eat seeds."] },
    });
    const report = evaluate(
      engine,
      setOf([
        ["hit", ["owls"]],
        ["out", null],
      ]),
    );
    expect(report).toMatchObject({ answerable: 1, hitAt1: 1, hitAt3: 1, mrrAt5: 1, outOfScope: 1 });
    expect(report.meanTop1Length).toBe(("Owls.".length + "Mice eat seeds.".length) / 2);
  });

  it("gives 0 for every mean of an empty set", () => {
    const { engine } = scriptedEngine({});
    expect(evaluate(engine, setOf([]))).toMatchObject({
      answerable: 0,
      hitAt1: 0,
      mrrAt5: 0,
      meanTop1Length: 0,
      misses: [],
    });
  });
});

describe("evaluate: with the real engine", () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("scores the engine's own answers to a small set", () => {
    const dir = mkdtempSync(join(tmpdir(), "qa-eval-"));
    made.push(dir);
    writeFileSync(
      join(dir, "owls.md"),
      "Owls hunt at night. They eat mice.\n\nBarn owls nest in old barns.",
    );
    const engine = new AnswerEngine(loadContent(dir));
    const report = evaluate(
      engine,
      setOf([
        ["Where do barn owls nest?", ["nest in old barns"]],
        ["What is the capital of France?", null],
      ]),
    );
    expect(report).toMatchObject({
      answerable: 1,
      hitAt1: 1,
      outOfScope: 1,
      declinedOutOfScope: 1,
      wronglyDeclined: 0,
      misses: [],
    });
  });
});
