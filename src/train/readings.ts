/**
 * The pool read once: every question read and ranked against the whole pool
 * (and, off-topic, against another article alone), kept so that each fit
 * re-scores its candidates without reading it again; and the rows the
 * decision learns from.
 */
import type { Reading } from "../core/answer.ts";
import { AnswerEngine } from "../core/engine.ts";
import { DECISION_FEATURES, decisionFeatures } from "../core/evidence/decision.ts";
import type { FittedParameters } from "../core/evidence/fitted-model.ts";
import type { ReadingRules } from "../core/query/read-query.ts";
import { ALL_RULES } from "../core/query/read-query.ts";
import { RANKING_FEATURES, scoreOf, weightScale } from "../core/ranking/signals.ts";
import type { RankingExample } from "./optimise.ts";
import type { Pool, PoolQuestion } from "./pool.ts";
import { answers, offTopicArticle } from "./pool.ts";

/** What training starts from: the credits each stand-in kind is read with, and the ranking's first weights. */
export const START: Pick<FittedParameters, "credits"> & { weights: number[] } = {
  credits: {
    spelling: 0.6,
    typo: 0.85,
    synonym: 0.6,
    relative: 0.3,
    derived: 0.7,
    inflected: 0.85,
    phrasal: 0.6,
  },
  weights: RANKING_FEATURES.map((feature) => (feature.startsWith("via:") ? 0 : 0.1)),
};

/** A question read and ranked once; fits re-score its candidates without reading it again. */
export interface Cached {
  question: PoolQuestion;
  engine: AnswerEngine;
  reading: Reading;
  /** The article whose content it was asked of; -1 for the whole pool. */
  content: number;
  /** Candidate features (row-major) and which candidates answer it. */
  example: RankingExample;
}

/** Reads every question of the pool once: against the whole pool, and (off-topic) against another article alone. */
export function readAll(pool: Pool, rules: ReadingRules = ALL_RULES): Cached[] {
  const parameters = startingParameters();
  const options = { parameters, rules, documentQuestions: false };
  const whole = new AnswerEngine(pool.documents, options);
  const alone = pool.documents.map((document) => new AnswerEngine([document], options));
  const cached: Cached[] = [];
  const width = RANKING_FEATURES.length;
  const add = (question: PoolQuestion, engine: AnswerEngine, content: number) => {
    const reading = engine.read(question.question);
    const features = new Float64Array(reading.ranked.length * width);
    const found = new Uint8Array(reading.ranked.length);
    reading.ranked.forEach((entry, i) => {
      features.set(entry.features ?? [], i * width);
      found[i] = content === -1 && answers(entry.passage.text, question.expect) ? 1 : 0;
    });
    cached.push({ question, engine, reading, content, example: { features, answers: found } });
  };
  pool.questions.forEach((question, position) => {
    add(question, whole, -1);
    // Off-topic: the question as written and its first chat copy, asked of another article alone.
    if (question.seed <= 1) {
      const other = offTopicArticle(question.article, position, pool.documents.length);
      add(question, alone[other] as AnswerEngine, other);
    }
  });
  return cached;
}

/** The parameters readings start from: starting credits and weights, a decision that never declines. */
function startingParameters(): FittedParameters {
  return {
    credits: START.credits,
    ranking: { features: RANKING_FEATURES, weights: START.weights },
    decision: {
      features: DECISION_FEATURES,
      mean: DECISION_FEATURES.map(() => 0),
      scale: DECISION_FEATURES.map(() => 1),
      weights: DECISION_FEATURES.map(() => 0),
      bias: 0,
      declineBelow: 0,
      lowBelow: 0,
    },
  };
}

/** One row the decision learns from: the best passage's evidence, and whether that passage answers. */
export interface DecisionRow {
  cached: Cached;
  features: number[];
  /** Whether the best passage answers (never, asked of another article). */
  label: number;
  /** Declined whatever the model says: the best passage holds nothing of the question. */
  ruledOut: boolean;
}

/** The decision rows of `cached` when ranked with `weights`. */
export function decisionRows(cached: readonly Cached[], weights: readonly number[]): DecisionRow[] {
  const width = weights.length;
  const scale = weightScale(weights);
  return cached.map((entry) => {
    const { features, answers: found } = entry.example;
    const count = found.length;
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    let nextScore = 0;
    for (let i = 0; i < count; i += 1) {
      const score = scoreOf(features, weights, scale, i * width);
      if (score > bestScore) {
        nextScore = best === -1 ? 0 : bestScore;
        bestScore = score;
        best = i;
      } else if (score > nextScore) nextScore = score;
    }
    const top = best === -1 ? undefined : entry.reading.ranked[best];
    const evidence = entry.engine.evidenceOf(entry.reading.query, top);
    return {
      cached: entry,
      features: decisionFeatures(evidence, best === -1 ? 0 : bestScore, nextScore),
      label: best !== -1 && found[best] === 1 ? 1 : 0,
      ruledOut: evidence.matched === 0,
    };
  });
}

/** Whether `entry` is answerable in the content it was asked of. */
export const answerable = (entry: Cached) => entry.content === -1 && entry.question.expect !== null;
