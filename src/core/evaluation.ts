import type { AnswerOptions } from "./answer.ts";

/** Of an answer, what scoring reads: whether it declined, and the texts quoted or suggested. */
export interface ScoredAnswer {
  noAnswer: boolean;
  passages: readonly { text: string }[];
  suggestions: readonly { text: string }[];
}

/** What a question set can score: the bot's engine, or a plain search to compare it with. */
export interface Answerer {
  answer(question: string, options: AnswerOptions): ScoredAnswer;
}

/** A question set: see eval/README.md and docs/quality.md. */
export interface QuestionSet {
  name: string;
  content?: string | null;
  questions: { id: string; question: string; expect: string[] | null }[];
}

export interface EvaluationReport {
  name: string;
  answerable: number;
  hitAt1: number;
  hitAt3: number;
  mrrAt5: number;
  outOfScope: number;
  declinedOutOfScope: number;
  wronglyDeclined: number;
  meanTop1Length: number;
  misses: {
    id: string;
    question: string;
    expect: string[] | null;
    got: string | null;
    rank: number | null;
  }[];
}

/** Folds text the way question sets are compared: case, white space, quotes, dashes. */
export function normalizeForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ");
}

/** Runs every question of `set` through `engine` and scores the answers. */
export function evaluate(engine: Answerer, set: QuestionSet): EvaluationReport {
  let hits1 = 0;
  let hits3 = 0;
  let reciprocalRanks = 0;
  let answerable = 0;
  let outOfScope = 0;
  let declinedOutOfScope = 0;
  let wronglyDeclined = 0;
  let top1Length = 0;
  let top1Count = 0;
  const misses: EvaluationReport["misses"] = [];
  for (const item of set.questions) {
    const answer = engine.answer(item.question, { limit: 5 });
    const top = answer.passages[0];
    if (top) {
      top1Length += top.text.length;
      top1Count += 1;
    }
    if (item.expect === null) {
      outOfScope += 1;
      if (answer.noAnswer) declinedOutOfScope += 1;
      else
        misses.push({
          id: item.id,
          question: item.question,
          expect: null,
          got: top?.text ?? null,
          rank: null,
        });
      continue;
    }
    answerable += 1;
    if (answer.noAnswer) wronglyDeclined += 1;
    const wanted = item.expect.map(normalizeForMatch);
    const index = answer.passages.findIndex((passage) =>
      wanted.some((piece) => normalizeForMatch(passage.text).includes(piece)),
    );
    const rank = index === -1 ? null : index + 1;
    if (rank === 1) hits1 += 1;
    if (rank !== null && rank <= 3) hits3 += 1;
    if (rank !== null) reciprocalRanks += 1 / rank;
    if (rank !== 1) {
      const got = top?.text ?? answer.suggestions[0]?.text ?? null;
      misses.push({ id: item.id, question: item.question, expect: item.expect, got, rank });
    }
  }
  const share = (count: number) => (answerable === 0 ? 0 : count / answerable);
  return {
    name: set.name,
    answerable,
    hitAt1: share(hits1),
    hitAt3: share(hits3),
    mrrAt5: share(reciprocalRanks),
    outOfScope,
    declinedOutOfScope,
    wronglyDeclined,
    meanTop1Length: top1Count === 0 ? 0 : top1Length / top1Count,
    misses,
  };
}
