/**
 * Cross-validation by article: for each article of the pool, fit on the
 * others and measure on it. The figures reported are held-out ones only.
 * The pool is read once (`readings.ts`); thresholds are chosen on held-out
 * probabilities (`thresholds.ts`).
 */
import { AnswerEngine } from "../core/engine.ts";
import { DECISION_FEATURES } from "../core/evidence/decision.ts";
import type { DecisionModel, FittedParameters } from "../core/evidence/fitted-model.ts";
import { probabilityOf } from "../core/evidence/fitted-model.ts";
import type { ReadingRules } from "../core/query/read-query.ts";
import { ALL_RULES } from "../core/query/read-query.ts";
import { RANKING_FEATURES } from "../core/ranking/signals.ts";
import type { EvaluationReport } from "../eval/evaluation.ts";
import { evaluate } from "../eval/evaluation.ts";
import { fitLogistic, fitRanking } from "./optimise.ts";
import type { Pool } from "./pool.ts";
import { PARAPHRASE_SEEDS_FROM } from "./pool.ts";
import type { Cached, DecisionRow } from "./readings.ts";
import { answerable, decisionRows, START } from "./readings.ts";
import { declineThreshold, lowThreshold } from "./thresholds.ts";

/**
 * The positions of the `via:KIND` signals: each corrects what a stand-in of
 * that kind is worth against the credit it was read with, up or down.
 */
const CREDIT_CORRECTIONS: ReadonlySet<number> = new Set(
  RANKING_FEATURES.flatMap((feature, position) => (feature.startsWith("via:") ? [position] : [])),
);

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
