/**
 * `npm run train [-- --check] [--ablate]`: fits the ranking weights and the
 * decision on the SQuAD 2.0 pool (`eval/squad2-pool.json`), split by
 * article, and writes `src/core/evidence/fitted-parameters.ts` and the report of the
 * fit, `docs/fitting.md`. `--check` writes nothing and fails when the
 * committed files differ from what training gives. `--ablate` instead
 * measures each question-reading rule by fitting without it, and writes
 * `docs/fitting-ablation.md`.
 */
import "../runtime/closed-pipe.ts";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { fail } from "../runtime/fail.ts";
import { ablations } from "./ablation.ts";
import { crossValidate } from "./cross-validate.ts";
import { readPool } from "./pool.ts";
import { readAll } from "./readings.ts";
import { ablationReport, parametersSource, reportOf } from "./report.ts";

const USAGE = "usage: npm run --silent train [-- --check] [--ablate]";
const POOL = "eval/squad2-pool.json";
const PARAMETERS = "src/core/evidence/fitted-parameters.ts";
const REPORT = "docs/fitting.md";
const ABLATION = "docs/fitting-ablation.md";

let values: { check?: boolean; ablate?: boolean; help?: boolean };
try {
  ({ values } = parseArgs({
    options: { check: { type: "boolean" }, ablate: { type: "boolean" }, help: { type: "boolean" } },
  }));
} catch (error) {
  fail(`${error instanceof Error ? error.message : error}\n${USAGE}`);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const started = Date.now();
const pool = readPool(POOL);
if (values.ablate) {
  writeFileSync(ABLATION, ablationReport(ablations(pool, progress)));
  progress(`wrote ${ABLATION}`);
  process.exit(0);
}
const cached = readAll(pool);
progress(`read ${cached.length} questions`);
const run = crossValidate(pool, cached);
progress("cross-validated");
const source = formatted(parametersSource(run.parameters));
const report = reportOf(run, pool);

if (values.check) {
  const stale = [
    [PARAMETERS, source],
    [REPORT, report],
  ].filter(([path, text]) => readFileSync(path as string, "utf8") !== text);
  if (stale.length > 0) {
    fail(
      `${stale.map(([path]) => path).join(", ")} differ from what npm run train gives: run it and commit the result`,
    );
  }
  console.log(`fitted parameters match training (${Math.round((Date.now() - started) / 1000)} s)`);
} else {
  writeFileSync(PARAMETERS, source);
  writeFileSync(REPORT, report);
  console.log(report);
}

/** A line on stderr saying how far training is, and how long it took. */
function progress(what: string): void {
  process.stderr.write(`${what} (${Math.round((Date.now() - started) / 1000)} s)\n`);
}

/** `text` as the project's formatter writes TypeScript, so the generated file passes the lint. */
function formatted(text: string): string {
  return execFileSync("node_modules/.bin/biome", ["format", `--stdin-file-path=${PARAMETERS}`], {
    input: text,
    encoding: "utf8",
  });
}
