// @ts-check

/**
 * The files named by `--mutate`/`-m` on the command line, or null for the
 * whole core. Each selection keeps its own incremental results: a run of one
 * file would otherwise replace the results of every other file.
 *
 * @returns {string | null}
 */
function mutateSelection() {
  const at = process.argv.findIndex((arg) => arg === "--mutate" || arg === "-m");
  return at === -1 ? null : (process.argv[at + 1] ?? null);
}

const selection = mutateSelection();

/**
 * Mutation testing of the core (`npm run mutate`; docs/mutation.md says what
 * it is for). Each run changes one operator, condition or constant of
 * src/core at a time and runs the core, command-line and documentation tests
 * that cover it: a change no test notices is a rule no test names.
 *
 * docs/mutation.md also says where the report goes and how to tell an
 * equivalent mutant (a change no input can tell apart) from a missing test.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutate.config.ts" },
  mutate: ["src/core/**/*.ts"],
  // Results are kept in reports/ (git-ignored): a re-run tests only mutants
  // whose code or covering tests changed since.
  incremental: true,
  incrementalFile: selection
    ? `reports/incremental/${selection.replace(/[^\w.-]+/g, "_")}.json`
    : "reports/incremental/src_core.json",
  // The machine's cores are shared; one test process at a time.
  concurrency: 1,
  // Generous timeouts: on a busy machine the unmutated tests alone can take
  // several times their usual time, and a mutant that merely ran slowly
  // would be counted as caught (timed out) for no reason.
  timeoutFactor: 3,
  timeoutMS: 30_000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  ignorePatterns: ["dist", ".cache", "bench-results", "reports"],
  thresholds: { high: 80, low: 60, break: null },
};
