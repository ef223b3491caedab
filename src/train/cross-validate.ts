/**
 * Cross-validation by article: for each article of the pool, fit on the
 * others and measure on it. The figures reported are held-out ones only.
 */
import type { Reading } from "../core/answer.ts";
import { AnswerEngine } from "../core/engine.ts";
import { DECISION_FEATURES, decisionFeatures } from "../core/evidence/decision.ts";
import type { DecisionModel, FittedParameters } from "../core/evidence/fitted-model.ts";
import { probabilityOf } from "../core/evidence/fitted-model.ts";
import type { ReadingRules } from "../core/query/read-query.ts";
import { ALL_RULES } from "../core/query/read-query.ts";
import { RANKING_FEATURES } from "../core/ranking/signals.ts";
import type { EvaluationReport } from "../eval/evaluation.ts";
import { evaluate } from "../eval/evaluation.ts";
import type { RankingExample } from "./optimise.ts";
import { fitLogistic, fitRanking } from "./optimise.ts";
import type { Pool, PoolQuestion } from "./pool.ts";
import { answers, offTopicArticle, PARAPHRASE_SEEDS_FROM } from "./pool.ts";

/**
 * Share of answerable questions the decline may turn away, on held-out
 * data: a wrong decline costs more than a near miss shown as "the closest
 * passage", so the threshold is the highest that keeps within this.
 */
export const MAX_WRONG_DECLINE_SHARE = 0.01;
/**
 * Share of the answers shown with full confidence that must be right, on
 * held-out answerable questions: below the threshold that keeps to it, an
 * answer is shown as the closest passage, which may not answer. Nine in
 * ten: a "sure" answer that is wrong one time in ten is still worth its
 * label; lower would make the label say little.
 */
export const HIGH_CONFIDENCE_PRECISION = 0.9;

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

/**
 * The positions of the `via:KIND` signals: each corrects what a stand-in of
 * that kind is worth against the credit it was read with, up or down.
 */
const CREDIT_CORRECTIONS: ReadonlySet<number> = new Set(
  RANKING_FEATURES.flatMap((feature, position) => (feature.startsWith("via:") ? [position] : [])),
);

/** A question read and ranked once; fits re-score its candidates without reading it again. */
interface Cached {
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
interface DecisionRow {
  cached: Cached;
  features: number[];
  /** Whether the best passage answers (never, asked of another article). */
  label: number;
  /** Declined whatever the model says: the best passage holds nothing of the question. */
  ruledOut: boolean;
}

/** The decision rows of `cached` when ranked with `weights`. */
function decisionRows(cached: readonly Cached[], weights: readonly number[]): DecisionRow[] {
  const width = weights.length;
  const total = weights.reduce((sum, weight) => sum + Math.max(0, weight), 0) || 1;
  return cached.map((entry) => {
    const { features, answers: found } = entry.example;
    const count = found.length;
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    let nextScore = 0;
    for (let i = 0; i < count; i += 1) {
      let score = 0;
      for (let j = 0; j < width; j += 1)
        score += (weights[j] as number) * (features[i * width + j] as number);
      score = Math.max(0, score) / total;
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
const answerable = (entry: Cached) => entry.content === -1 && entry.question.expect !== null;

/** What one fit gives: ranking weights and a decision model without its thresholds. */
interface Fit {
  weights: number[];
  decision: Omit<DecisionModel, "declineBelow" | "lowBelow">;
}

/** Fits ranking weights, then the decision on the rows those weights rank, from `training`. */
export function fitOn(training: readonly Cached[]): Fit {
  const examples = training.filter((entry) => answerable(entry)).map((entry) => entry.example);
  const weights = fitRanking(
    examples,
    RANKING_FEATURES.length,
    START.weights,
    {},
    CREDIT_CORRECTIONS,
  );
  const rows = decisionRows(training, weights).filter((row) => !row.ruledOut);
  const logistic = fitLogistic(
    rows.map((row) => row.features),
    rows.map((row) => row.label),
  );
  return { weights, decision: { features: DECISION_FEATURES, ...logistic } };
}

/**
 * The highest decline threshold that turns away at most
 * {@link MAX_WRONG_DECLINE_SHARE} of the answerable questions among
 * `scored` (held-out probabilities), counting those declined by rule.
 */
export function declineThreshold(
  scored: readonly { probability: number; row: DecisionRow }[],
): number {
  const answerableRows = scored.filter(({ row }) => answerable(row.cached));
  const allowed = Math.floor(answerableRows.length * MAX_WRONG_DECLINE_SHARE);
  const ruledOut = answerableRows.filter(({ row }) => row.ruledOut).length;
  const probabilities = answerableRows
    .filter(({ row }) => !row.ruledOut)
    .map(({ probability }) => probability)
    .sort((a, b) => a - b);
  const budget = allowed - ruledOut;
  if (budget <= 0) return 0;
  // Declining below the (budget+1)-th lowest probability turns away `budget` questions at most.
  return probabilities[budget] ?? 0;
}

/**
 * The lowest threshold above which at least {@link HIGH_CONFIDENCE_PRECISION}
 * of the answerable questions among `scored` (held-out probabilities) have
 * a best passage that answers.
 */
export function lowThreshold(scored: readonly { probability: number; row: DecisionRow }[]): number {
  const rows = scored
    .filter(({ row }) => answerable(row.cached) && !row.ruledOut)
    .sort((a, b) => b.probability - a.probability);
  let right = 0;
  let threshold = 1;
  rows.forEach(({ probability, row }, position) => {
    right += row.label;
    if (right / (position + 1) >= HIGH_CONFIDENCE_PRECISION) threshold = probability;
  });
  return threshold;
}

/** Held-out figures of one fold, or of all. */
export interface HeldOut {
  article: string;
  sets: EvaluationReport[];
  offTopic: { asked: number; declined: number };
}

/** The whole run: held-out figures per article, and the parameters fitted on all of the pool. */
export interface CrossValidation {
  folds: HeldOut[];
  parameters: FittedParameters;
}

/**
 * Cross-validates over the pool's articles and fits the final parameters
 * on all of them. Every threshold used on a fold is chosen on the
 * held-out probabilities of the other folds.
 */
export function crossValidate(
  pool: Pool,
  cached: readonly Cached[],
  rules: ReadingRules = ALL_RULES,
): CrossValidation {
  const articles = pool.documents.length;
  const inFold = (entry: Cached, fold: number) =>
    entry.question.article === fold || entry.content === fold;
  const fits: Fit[] = [];
  const outOfFold: { probability: number; row: DecisionRow; fold: number }[] = [];
  for (let fold = 0; fold < articles; fold += 1) {
    const fit = fitOn(cached.filter((entry) => !inFold(entry, fold)));
    process.stderr.write(`fold ${fold} fitted\n`);
    fits.push(fit);
    const heldOut = cached.filter((entry) => entry.question.article === fold);
    for (const row of decisionRows(heldOut, fit.weights)) {
      const model = { ...fit.decision, declineBelow: 0, lowBelow: 0 };
      outOfFold.push({ probability: probabilityOf(model, row.features), row, fold });
    }
  }
  const folds: HeldOut[] = [];
  for (let fold = 0; fold < articles; fold += 1) {
    const fit = fits[fold] as Fit;
    const others = outOfFold.filter((entry) => entry.fold !== fold);
    const parameters = parametersOf(fit, declineThreshold(others), lowThreshold(others));
    folds.push(heldOutFigures(pool, fold, parameters, rules));
  }
  const final = fitOn(cached);
  return {
    folds,
    parameters: parametersOf(final, declineThreshold(outOfFold), lowThreshold(outOfFold)),
  };
}

function parametersOf(fit: Fit, declineBelow: number, lowBelow: number): FittedParameters {
  return {
    credits: START.credits,
    ranking: { features: RANKING_FEATURES, weights: fit.weights },
    decision: { ...fit.decision, declineBelow, lowBelow },
  };
}

/**
 * The engine with `parameters`, scored as `npm run eval` scores, on the
 * questions of article `fold` (as written and each chat copy), and the
 * share of them declined when asked of another article alone.
 */
function heldOutFigures(
  pool: Pool,
  fold: number,
  parameters: FittedParameters,
  rules: ReadingRules,
): HeldOut {
  const document = pool.documents[fold];
  const whole = new AnswerEngine(pool.documents, { parameters, rules });
  const seeds = [...new Set(pool.questions.map((question) => question.seed))];
  const own = pool.questions.filter((question) => question.article === fold);
  const sets = seeds.map((seed) =>
    evaluate(whole, {
      name:
        seed === 0
          ? "as written"
          : seed > PARAPHRASE_SEEDS_FROM
            ? "paraphrased"
            : `chat seed ${seed}`,
      questions: own.filter((question) => question.seed === seed),
    }),
  );
  const other = (fold + 1) % pool.documents.length;
  const alone = new AnswerEngine([pool.documents[other] as (typeof pool.documents)[number]], {
    parameters,
    rules,
  });
  const asked = own.filter((question) => question.seed <= 1);
  const declined = asked.filter((question) => alone.answer(question.question).noAnswer).length;
  return {
    article: document?.title ?? String(fold),
    sets,
    offTopic: { asked: asked.length, declined },
  };
}
