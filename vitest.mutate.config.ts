import { defineConfig } from "vitest/config";

/**
 * The tests mutation testing runs (`npm run mutate`): those of the core, the
 * command line and the documentation's examples, which need no compiled bot,
 * so no build step runs first.
 */
export default defineConfig({
  test: {
    include: ["tests/core/**/*.test.ts", "tests/cli/**/*.test.ts", "tests/docs/**/*.test.ts"],
    // The check that `npm run mutate` runs would start Stryker inside Stryker.
    exclude: ["tests/core/mutation/mutate-script.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
