import { execFileSync } from "node:child_process";

/**
 * Runs once before the test files, in vitest's main process.
 *
 * `npm start` runs the compiled bot (its prestart script builds it). Tests that
 * start the bot skip that script (`--ignore-scripts`) so parallel test files
 * never compile at the same time; the build runs once here instead.
 */
export default function setup(): void {
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], {
    stdio: "inherit",
  });
}
