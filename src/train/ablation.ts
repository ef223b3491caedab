/** Measuring what each question-reading rule earns: the whole fit again without it. */
import type { ReadingRules } from "../core/query/read-query.ts";
import { ALL_RULES } from "../core/query/read-query.ts";
import type { StandInKind } from "../core/query/stand-ins.ts";
import { STAND_IN_KINDS } from "../core/query/stand-ins.ts";
import type { CrossValidation } from "./cross-validate.ts";
import { crossValidate } from "./cross-validate.ts";
import type { Pool } from "./pool.ts";
import { PARAPHRASE_SEED } from "./pool.ts";
import { readAll } from "./readings.ts";

/** Each rule that can be switched off, by name, with the rules it leaves. */
export function ruleVariants(): { rule: string; rules: ReadingRules }[] {
  const without = (kind: StandInKind): ReadingRules => ({
    ...ALL_RULES,
    standIns: new Set([...ALL_RULES.standIns].filter((other) => other !== kind)),
  });
  return [
    { rule: "shorthand", rules: { ...ALL_RULES, shorthand: false } },
    ...STAND_IN_KINDS.map((kind) => ({ rule: `stand-ins: ${kind}`, rules: without(kind) })),
  ];
}

/** The held-out run without each rule in turn. */
export function ablations(
  pool: Pool,
  progress: (what: string) => void = () => {},
): { rule: string; run: CrossValidation }[] {
  // The questions as written, one chat copy and the paraphrased one: each rule is
  // fitted again ten times over, and the other chat seeds add little but time.
  const kept = new Set([0, 1, PARAPHRASE_SEED]);
  const smaller = { ...pool, questions: pool.questions.filter(({ seed }) => kept.has(seed)) };
  return [{ rule: "", rules: ALL_RULES }, ...ruleVariants()].map(({ rule, rules }) => {
    const run = crossValidate(smaller, readAll(smaller, rules), rules);
    progress(rule ? `measured without ${rule}` : "measured with every rule");
    return { rule, run };
  });
}
