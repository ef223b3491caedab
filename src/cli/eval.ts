/**
 * `npm run eval -- SET.json [--json]`: scores a question set (see README,
 * "Measuring answer quality") and prints hit@1, hit@3, MRR@5, declines,
 * mean top-1 passage length and the misses.
 */
import "./closed-pipe.ts";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { QuestionSet } from "../core/evaluation.ts";
import { evaluate } from "../core/evaluation.ts";
import { ContentError, createEngine, defaultContentDir } from "../core/index.ts";
import { fail } from "./fail.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: "boolean" } },
});
const [setPath] = positionals;
if (!setPath) fail("usage: npm run eval -- SET.json [--json]");

let set: QuestionSet;
try {
  set = JSON.parse(readFileSync(setPath, "utf8")) as QuestionSet;
} catch (error) {
  fail(
    `${setPath}: cannot read the question set (${error instanceof Error ? error.message : error})`,
  );
}
if (!Array.isArray(set.questions)) fail(`${setPath}: no "questions" list`);

const contentDir = set.content ? resolve(dirname(setPath), set.content) : defaultContentDir();
let engine: ReturnType<typeof createEngine>;
try {
  engine = createEngine(contentDir);
} catch (error) {
  if (error instanceof ContentError) fail(error.message);
  throw error;
}
const report = evaluate(engine, set);

if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const miss of report.misses) {
    const where = miss.rank === null ? "not in top 5" : `rank ${miss.rank}`;
    console.log(`miss ${miss.id} (${where}): ${miss.question}`);
    console.log(`  expected: ${miss.expect === null ? "a decline" : miss.expect.join(" | ")}`);
    console.log(`  top-1:    ${miss.got === null ? "(declined)" : miss.got.slice(0, 160)}`);
  }
  const pct = (value: number) => value.toFixed(3);
  console.log("");
  console.log(`${report.name}: ${report.answerable} answerable, ${report.outOfScope} out of scope`);
  console.log(
    `hit@1 ${pct(report.hitAt1)}  hit@3 ${pct(report.hitAt3)}  MRR@5 ${pct(report.mrrAt5)}  mean top-1 length ${Math.round(report.meanTop1Length)} chars`,
  );
  console.log(
    `out of scope declined ${report.declinedOutOfScope}/${report.outOfScope}  answerable wrongly declined ${report.wronglyDeclined}/${report.answerable}`,
  );
}
