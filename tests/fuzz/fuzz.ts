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
for (const query of fc.sample(hostileQuery, { seed, numRuns: count }))
  exercise(context, query, tally);
const seconds = (performance.now() - started) / 1000;

console.log(`fuzz: ${tally.queries} queries, seed ${seed}, ${seconds.toFixed(1)} s`);
console.log(`  exceptions            ${tally.exceptions}`);
console.log(`  payloads over limits  ${tally.overLimits}`);
console.log(`  pings allowed         ${tally.pings}`);
console.log(`  stray Markdown        ${tally.strayMarkdown}`);
for (const example of tally.examples) console.log(`  e.g. ${example}`);
const failures = tally.exceptions + tally.overLimits + tally.pings + tally.strayMarkdown;
process.exit(failures === 0 ? 0 : 1);
