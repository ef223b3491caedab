/**
 * `npm run eval -- SET.json [SET.json …] [--json] [--misses] [--baseline]`:
 * scores question sets (see eval/README.md) and prints one row per set:
 * hit@1, hit@3, MRR@5, declines, wrong declines, mean top-1 quote length.
 * With one set, or `--misses`, the questions missed at rank 1 are listed
 * first. `--baseline` scores plain MiniSearch over whole paragraphs instead.
 */
import "../runtime/closed-pipe.ts";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ContentError, createEngine, loadContent } from "../core/index.ts";
import type { EvaluationReport, QuestionSet } from "../eval/evaluation.ts";
import { evaluate } from "../eval/evaluation.ts";
import { paragraphBaseline } from "../eval/paragraph-baseline.ts";
import {
  contentLimitsFrom,
  defaultCacheDir,
  defaultContentDir,
} from "../runtime/content-settings.ts";
import { fail } from "../runtime/fail.ts";
import { type CommandSpec, parseCommandLine, usageLine } from "./command-line.ts";

const EVAL: CommandSpec = {
  script: "eval",
  summary:
    "Scores question sets (eval/README.md) and prints one row per set: hit@1, hit@3, MRR@5, declines, wrong declines, mean top-1 quote length.",
  operands: "SET.json [SET.json …]",
  flags: {
    json: { type: "boolean", description: "print the reports as JSON" },
    misses: {
      type: "boolean",
      description: "list the questions missed at rank 1 (always done for one set)",
    },
    baseline: {
      type: "boolean",
      description: "score plain MiniSearch over whole paragraphs instead of the bot",
    },
  },
  examples: [
    "npm run --silent eval -- eval/article-dev.json",
    "npm run --silent eval -- eval/article-dev.json eval/casual-dev.json --json",
  ],
};

const commandLine = parseCommandLine(EVAL);
const { positionals } = commandLine;
const values = {
  json: commandLine.isSet("json"),
  misses: commandLine.isSet("misses"),
  baseline: commandLine.isSet("baseline"),
};
if (positionals.length === 0) fail(`no question set given; ${usageLine(EVAL)}`);

/** Reads the question set at `setPath` and scores it over its own content. */
function evaluateSet(setPath: string): EvaluationReport {
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
  try {
    const limits = contentLimitsFrom();
    if (!values.baseline)
      return evaluate(createEngine(contentDir, defaultCacheDir(contentDir), limits), set);
    const report = evaluate(paragraphBaseline(loadContent(contentDir, limits)), set);
    return { ...report, name: `${report.name} (plain MiniSearch, paragraphs)` };
  } catch (error) {
    if (error instanceof ContentError) fail(error.message);
    throw error;
  }
}

const reports = positionals.map(evaluateSet);

if (values.json) {
  console.log(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2));
} else {
  if (values.misses || reports.length === 1) for (const report of reports) printMisses(report);
  printTable(reports);
}

function printMisses(report: EvaluationReport): void {
  for (const miss of report.misses) {
    const where = miss.rank === null ? "not in top 5" : `rank ${miss.rank}`;
    console.log(`miss ${report.name}/${miss.id} (${where}): ${miss.question}`);
    console.log(`  expected: ${miss.expect === null ? "a decline" : miss.expect.join(" | ")}`);
    console.log(`  top-1:    ${miss.got === null ? "(declined)" : miss.got.slice(0, 160)}`);
  }
  if (report.misses.length > 0) console.log("");
}

function printTable(rows: readonly EvaluationReport[]): void {
  const header = [
    "set",
    "answerable",
    "hit@1",
    "hit@3",
    "MRR@5",
    "wrongly declined",
    "out of scope declined",
    "top-1 chars",
  ];
  const cells = rows.map((report) => [
    report.name,
    String(report.answerable),
    report.hitAt1.toFixed(3),
    report.hitAt3.toFixed(3),
    report.mrrAt5.toFixed(3),
    `${report.wronglyDeclined}/${report.answerable}`,
    `${report.declinedOutOfScope}/${report.outOfScope}`,
    String(Math.round(report.meanTop1Length)),
  ]);
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map(() => "---").join("|")}|`);
  for (const row of cells) console.log(`| ${row.join(" | ")} |`);
}
