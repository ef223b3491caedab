import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Builds dist/ once, as `npm start` would, before the tests that run the bot;
    // then gives the run one temporary folder, removed at the end.
    globalSetup: ["tests/global-setup.ts", "tests/temp-root-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
