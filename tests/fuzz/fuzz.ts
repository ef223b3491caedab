/**
 * `npm run fuzz -- [--count N] [--seed S] [--content DIR]`: pushes N generated
 * hostile queries (default 10,000) through answer() and every reply builder,
 * and reports exceptions, payloads over Discord's limits, pings allowed and
 * stray Markdown. Exit code 1 if any was found.
 */
import { parseArgs } from "node:util";
import fc from "fast-check";
import { createEngine } from "../../src/core/index.ts";
import { emptyTally, exercise, replyContext } from "./exercise.ts";
import { hostileQuery } from "./hostile-queries.ts";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    seed: { type: "string" },
    content: { type: "string", default: "content" },
  },
});
const count = Number(values.count);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
if (!Number.isInteger(count) || count < 1) {
  console.error("--count must be a whole number of at least 1");
  process.exit(1);
}

const context = replyContext(createEngine(values.content));
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
