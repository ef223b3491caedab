import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeForDiscord } from "../../src/bot/replies/escape.ts";
import { article } from "../helpers.ts";
import { emptyTally, exercise, replyContext } from "./exercise.ts";
import { hostileQuery } from "./hostile-queries.ts";
import { replyViolations, strayMarkdown } from "./reply-violations.ts";

const context = replyContext(article());
/** Fixed, so a failure is reproducible: rerun with the seed and path fast-check prints. */
const SEED = 20261125;

describe("hostile queries through answer() and every reply builder", () => {
  // Ten thousand queries: a budget for a busy machine, not a measure of speed (that is `npm run fuzz`).
  it("cause no exception, no payload over Discord's limits, no ping, no stray Markdown", () => {
    const tally = emptyTally();
    fc.assert(
      fc.property(hostileQuery, (query) => {
        const before = { ...tally, examples: [] };
        exercise(context, query, tally);
        return (
          tally.exceptions === before.exceptions &&
          tally.overLimits === before.overLimits &&
          tally.pings === before.pings &&
          tally.strayMarkdown === before.strayMarkdown
        );
      }),
      { seed: SEED, numRuns: 10_000 },
    );
    expect(tally.queries).toBeGreaterThanOrEqual(10_000);
    expect(tally.examples).toEqual([]);
  }, 180_000);
});

describe("the checker itself", () => {
  it("catches what it is meant to catch", () => {
    expect(strayMarkdown("**bold** @everyone <@123>\n> quote [x](y)")).toEqual(
      expect.arrayContaining(["*", "@everyone", "<@", "masked link", "line-start markup"]),
    );
    expect(strayMarkdown(escapeForDiscord("**bold** @everyone <@123>\n> quote [x](y)"))).toEqual(
      [],
    );
    const pinging = {
      content: "hi",
      embeds: [],
      components: [],
      allowedMentions: { parse: [] as [], users: ["1"] },
    };
    expect(replyViolations(pinging)).toEqual(["may ping user 1"]);
    const huge = {
      embeds: [{ description: "x".repeat(5000) }],
      components: [],
      allowedMentions: { parse: [] as [] },
    };
    expect(replyViolations(huge)).toContain("embed 0 description is 5000 > 4096");
  });
});
