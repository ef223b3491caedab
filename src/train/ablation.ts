/** Measuring what each question-reading rule earns: the whole fit again without it. */
import type { ReadingRules } from "../core/query.ts";
import { ALL_RULES } from "../core/query.ts";
import type { StandInKind } from "../core/stand-ins.ts";
import { STAND_IN_KINDS } from "../core/stand-ins.ts";
import type { CrossValidation } from "./cross-validate.ts";
import { crossValidate, readAll } from "./cross-validate.ts";
import type { Pool } from "./pool.ts";

/** Each rule that can be switched off, by name, with the rules it leaves. */
export function ruleVariants(): { rule: string; rules: ReadingRules }[] {
  const without = (kind: StandInKind): ReadingRules => ({
    ...ALL_RULES,
    standIns: new Set([...ALL_RULES.standIns].filter((other) => other !== kind)),
  });
  return [
    { rule: "shorthand", rules: { ...ALL_RULES, shorthand: false } },
    { rule: "stop-word typos", rules: { ...ALL_RULES, stopWordTypos: false } },
    { rule: "joined words", rules: { ...ALL_RULES, joinedWords: false } },
    ...STAND_IN_KINDS.map((kind) => ({ rule: `stand-ins: ${kind}`, rules: without(kind) })),
  ];
}

/** The held-out run without each rule in turn. */
export function ablations(
  pool: Pool,
  progress: (what: string) => void = () => {},
): { rule: string; run: CrossValidation }[] {
  return ruleVariants().map(({ rule, rules }) => {
    const run = crossValidate(pool, readAll(pool, rules), rules);
    progress(`measured without ${rule}`);
    return { rule, run };
  });
}
