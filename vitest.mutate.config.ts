import { defineConfig } from "vitest/config";

/**
 * The tests mutation testing runs (`npm run mutate`): those of the core, the
 * command line and the documentation's examples, which need no compiled bot,
 * so no build step runs first. The check of `npm run mutate` itself
 * (tests/mutation/) is left out: it would start Stryker inside Stryker.
 */
export default defineConfig({
  test: {
    include: ["tests/core/**/*.test.ts", "tests/cli/**/*.test.ts", "tests/docs/**/*.test.ts"],
    // One temporary folder per run, removed at the end, as `npm test` has.
    globalSetup: ["tests/temp-root-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
