import { execFileSync } from "node:child_process";
import { useTempRoot } from "../scripts/temp-root.ts";

/**
 * Runs once before the test files, in vitest's main process.
 *
 * `npm start` runs the compiled bot (its prestart script builds it). Tests that
 * start the bot skip that script (`--ignore-scripts`) so parallel test files
 * never compile at the same time; the build runs once here instead.
 *
 * Every temporary folder the tests make goes into one folder of this run:
 * TMPDIR is pointed at it before the workers start, so they and the commands
 * they run inherit it, and the teardown removes it with all it holds.
 */
export default function setup(): () => void {
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], {
    stdio: "inherit",
  });
  const temp = useTempRoot("qa-test-run-");
  return () => temp.remove();
}
