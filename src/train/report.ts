/** What training writes: the parameters' source file and the report of the fit. */
import type { FittedParameters } from "../core/evidence/fitted-model.ts";
import type { CrossValidation, HeldOut } from "./cross-validate.ts";
import type { Pool } from "./pool.ts";
import { CHAT_SEEDS } from "./pool.ts";
import { HIGH_CONFIDENCE_PRECISION, MAX_WRONG_DECLINE_SHARE } from "./thresholds.ts";

/** Digits kept of each fitted number: more would only record the machine's rounding. */
const DIGITS = 6;

const round = (value: number) => Number(value.toFixed(DIGITS));

/** The TypeScript source of `src/core/evidence/fitted-parameters.ts` holding `parameters`. */
export function parametersSource(parameters: FittedParameters): string {
  const rounded = JSON.stringify(parameters, (_key, value) =>
    typeof value === "number" ? round(value) : value,
  );
  return `/**
 * The fitted parameters of ranking and deciding. Written by \`npm run train\`
 * (see docs/fitting.md): do not edit by hand; CI checks that this file is
 * what training produces.
 */
import type { FittedParameters } from "./fitted-model.ts";

export const FITTED: FittedParameters = ${rounded};
`;
}

/** Totals of one set's figures over the folds. */
interface Totals {
  answerable: number;
  hits1: number;
  hits3: number;
  wronglyDeclined: number;
  outOfScope: number;
  declinedOutOfScope: number;
  top1Chars: number;
}

/** The held-out figures of `folds`, summed per set (as written, each chat seed). */
function totalsOf(folds: readonly HeldOut[]): Map<string, Totals> {
  const totals = new Map<string, Totals>();
  for (const fold of folds) {
    for (const set of fold.sets) {
      const sum = totals.get(set.name) ?? {
        answerable: 0,
        hits1: 0,
        hits3: 0,
        wronglyDeclined: 0,
        outOfScope: 0,
        declinedOutOfScope: 0,
        top1Chars: 0,
      };
      sum.answerable += set.answerable;
      sum.hits1 += set.hitAt1 * set.answerable;
      sum.hits3 += set.hitAt3 * set.answerable;
      sum.wronglyDeclined += set.wronglyDeclined;
      sum.outOfScope += set.outOfScope;
      sum.declinedOutOfScope += set.declinedOutOfScope;
      sum.top1Chars += set.meanTop1Length * (set.answerable + set.outOfScope);
      totals.set(set.name, sum);
    }
  }
  return totals;
}

/** One line of held-out figures: hit@1, hit@3, wrongly declined, unanswerable declined, off-topic declined. */
function summary(run: CrossValidation): { sets: Map<string, Totals>; offTopic: [number, number] } {
  const offTopic = run.folds.reduce<[number, number]>(
    ([declined, asked], fold) => [declined + fold.offTopic.declined, asked + fold.offTopic.asked],
    [0, 0],
  );
  return { sets: totalsOf(run.folds), offTopic };
}

const share = (part: number, whole: number) => (whole === 0 ? "–" : (part / whole).toFixed(3));

/** The report of the fit, `docs/fitting.md`. */
export function reportOf(run: CrossValidation, pool: Pool): string {
  const { sets, offTopic } = summary(run);
  const lines = [
    "# The fit",
    "",
    "Written by `npm run train`; CI checks that it and `src/core/evidence/fitted-parameters.ts` are what training gives.",
    "",
    "## Data",
    "",
    `- \`eval/squad2-pool.json\`: ${pool.documents.length} Wikipedia articles from the SQuAD 2.0 dev set, ${pool.questions.filter((q) => q.seed === 0 && q.expect !== null).length} answerable and ${pool.questions.filter((q) => q.seed === 0 && q.expect === null).length} unanswerable questions (written to look answerable).`,
    `- Chat-style copies of every question by \`eval/chatify.mjs\` at seeds ${CHAT_SEEDS.join(", ")}.`,
    "- A paraphrased copy: about a quarter of each question's words replaced by a WordNet synonym the documents never use (`src/train/pool.ts`), as members ask with words the documents lack.",
    "- Off-topic questions: each question as written and its seed-1 copy, asked of another article's content alone.",
    "- Nothing else: the article's sets and the other sets in `eval/` are never fitted on; they measure whether the fit carries over.",
    "",
    "## How",
    "",
    "- Ranking: the re-ranking's signals (`RANKING_FEATURES` in `src/core/ranking/signals.ts`) are weighed by non-negative weights fitted listwise (the softmax of a question's candidates should put its mass on those that answer it).",
    "- Deciding: a logistic model of whether the best passage answers, over its evidence (`DECISION_FEATURES` in `src/core/evidence/decision.ts`). Below `declineBelow` the engine declines: the highest threshold that turns away at most " +
      `${MAX_WRONG_DECLINE_SHARE * 100}% of answerable questions on held-out data. Below \`lowBelow\` the answer is shown as the closest passage, which may not answer: the lowest threshold above which ${HIGH_CONFIDENCE_PRECISION * 100}% of held-out answerable questions get a best passage that answers.`,
    `- Folds: one per article. Each fold is fitted on the other ${pool.documents.length - 1} articles' questions (and off-topic questions neither asked about nor asked of it) and measured on its own; its decline threshold is chosen on the other folds' held-out probabilities.`,
    "",
    "## Held-out figures (all folds together)",
    "",
    "| questions | answerable | hit@1 | hit@3 | wrongly declined | unanswerable declined | top-1 chars |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const [name, totals] of sets) {
    lines.push(
      `| ${name} | ${totals.answerable} | ${share(totals.hits1, totals.answerable)} | ${share(totals.hits3, totals.answerable)} | ${totals.wronglyDeclined} (${share(totals.wronglyDeclined, totals.answerable)}) | ${totals.declinedOutOfScope}/${totals.outOfScope} | ${Math.round(totals.top1Chars / Math.max(1, totals.answerable + totals.outOfScope))} |`,
    );
  }
  lines.push(
    "",
    `Off-topic (asked of another article alone): ${offTopic[0]} of ${offTopic[1]} declined (${share(offTopic[0], offTopic[1])}).`,
    "",
    "## Per fold (questions as written)",
    "",
    "| held-out article | answerable | hit@1 | hit@3 | wrongly declined | off-topic declined |",
    "|---|---|---|---|---|---|",
  );
  for (const fold of run.folds) {
    const written = fold.sets[0];
    if (!written) continue;
    lines.push(
      `| ${fold.article} | ${written.answerable} | ${written.hitAt1.toFixed(3)} | ${written.hitAt3.toFixed(3)} | ${written.wronglyDeclined} | ${fold.offTopic.declined}/${fold.offTopic.asked} |`,
    );
  }
  lines.push("", "## Fitted on the whole pool", "", "Ranking weights:", "");
  lines.push("| signal | weight |", "|---|---|");
  run.parameters.ranking.features.forEach((feature, i) => {
    lines.push(`| ${feature} | ${round(run.parameters.ranking.weights[i] ?? 0)} |`);
  });
  const decision = run.parameters.decision;
  lines.push(
    "",
    `Decision (weights on standardised features; bias ${round(decision.bias)}; declines below ${round(decision.declineBelow)}, low below ${round(decision.lowBelow)}):`,
    "",
  );
  lines.push("| evidence | weight |", "|---|---|");
  decision.features.forEach((feature, i) => {
    lines.push(`| ${feature} | ${round(decision.weights[i] ?? 0)} |`);
  });
  lines.push(
    "",
    "What each rule of question reading earns, fitted again without it: [fitting-ablation.md](fitting-ablation.md).",
  );
  return `${lines.join("\n")}\n`;
}

/** The ablation report: held-out figures without each rule, beside those with all. */
export function ablationReport(ablation: { rule: string; run: CrossValidation }[]): string {
  const row = (name: string, each: CrossValidation) => {
    const { sets, offTopic } = summary(each);
    let answerable = 0;
    let hits1 = 0;
    let hits3 = 0;
    let wrong = 0;
    for (const totals of sets.values()) {
      answerable += totals.answerable;
      hits1 += totals.hits1;
      hits3 += totals.hits3;
      wrong += totals.wronglyDeclined;
    }
    return `| ${name} | ${share(hits1, answerable)} | ${share(hits3, answerable)} | ${wrong} | ${share(offTopic[0], offTopic[1])} |`;
  };
  return [
    "# What each rule of question reading earns",
    "",
    "Written by `npm run train -- --ablate`, on the questions as written, the seed-1 chat copy and the paraphrased copy. Held-out figures over the questions as written and every chat copy, fitting again without one rule at a time (`npm run train -- --ablate`).",
    "",
    "| rules | hit@1 | hit@3 | wrongly declined | off-topic declined |",
    "|---|---|---|---|---|",
    ...ablation.map(({ rule, run: each }) => row(rule ? `without ${rule}` : "all", each)),
    "",
  ].join("\n");
}
