/**
 * `npm run fuzz -- [--count N] [--seed S] [--content DIR]`: pushes N generated
 * hostile queries (default 10,000) through answer() and every reply builder,
 * and reports exceptions, payloads over Discord's limits, pings allowed and
 * stray Markdown. Exit code 1 if any was found.
 */
import fc from "fast-check";
import { type CommandSpec, parseCommandLine } from "../../src/cli/command-line.ts";
import { ContentError, createEngine } from "../../src/core/index.ts";
import { contentLimitsFrom, defaultCacheDir } from "../../src/runtime/content-settings.ts";
import { fail } from "../../src/runtime/fail.ts";
import { emptyTally, exercise, replyContext } from "./exercise.ts";
import { hostileQuery } from "./hostile-queries.ts";

/** Queries pushed through when `--count` is not given. */
const DEFAULT_COUNT = 10_000;

const FUZZ: CommandSpec = {
  script: "fuzz",
  summary:
    "Pushes generated hostile queries through answer() and every reply builder, and reports exceptions, payloads over Discord's limits, pings allowed and stray Markdown; exit code 1 if any was found.",
  operands: "",
  flags: {
    count: { type: "string", value: "N", description: `queries to try (default ${DEFAULT_COUNT})` },
    seed: { type: "string", value: "S", description: "the generator's seed, to repeat a run" },
    content: {
      type: "string",
      value: "DIR",
      description: "answer from this folder (default content)",
    },
  },
  examples: ["npm run --silent fuzz -- --count 100000", "npm run --silent fuzz -- --seed 1"],
};

const commandLine = parseCommandLine(FUZZ);
if (commandLine.positionals.length > 0)
  fail(`unexpected argument ${commandLine.positionals[0]}; see npm run --silent fuzz -- --help`);
const countText = commandLine.text("count");
const seedText = commandLine.text("seed");
const count = countText === undefined ? DEFAULT_COUNT : Number(countText);
const seed = seedText === undefined ? Date.now() % 2 ** 31 : Number(seedText);
if (!Number.isInteger(count) || count < 1) fail("--count must be a whole number of at least 1");
if (!Number.isInteger(seed)) fail("--seed must be a whole number");

let engine: ReturnType<typeof createEngine>;
try {
  const contentDir = commandLine.text("content") ?? "content";
  engine = createEngine(contentDir, defaultCacheDir(contentDir), contentLimitsFrom());
} catch (error) {
  if (error instanceof ContentError) fail(error.message);
  throw error;
}
const context = replyContext(engine);
const tally = emptyTally();
const started = performance.now();
/** The query that took longest through every builder, and how long. */
let slowest = { query: "", ms: 0 };
for (const query of fc.sample(hostileQuery, { seed, numRuns: count })) {
  const queryStarted = performance.now();
  exercise(context, query, tally);
  const ms = performance.now() - queryStarted;
  if (ms > slowest.ms) slowest = { query, ms };
}
const seconds = (performance.now() - started) / 1000;
/** Characters of the slowest query shown; hostile queries run to thousands. */
const SHOWN_QUERY_CHARS = 120;

console.log(`fuzz: ${tally.queries} queries, seed ${seed}, ${seconds.toFixed(1)} s`);
console.log(`  exceptions            ${tally.exceptions}`);
console.log(`  payloads over limits  ${tally.overLimits}`);
console.log(`  pings allowed         ${tally.pings}`);
console.log(`  stray Markdown        ${tally.strayMarkdown}`);
const shown = JSON.stringify(slowest.query.slice(0, SHOWN_QUERY_CHARS));
const more = slowest.query.length > SHOWN_QUERY_CHARS ? `… (${slowest.query.length} chars)` : "";
console.log(`  slowest query         ${slowest.ms.toFixed(1)} ms: ${shown}${more}`);
for (const example of tally.examples) console.log(`  e.g. ${example}`);
const failures = tally.exceptions + tally.overLimits + tally.pings + tally.strayMarkdown;
process.exit(failures === 0 ? 0 : 1);
