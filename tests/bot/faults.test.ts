import { afterEach, describe, expect, it } from "vitest";
import type { Harness } from "../fake-discord/harness.ts";
import { startBot } from "../fake-discord/harness.ts";
import { chatInput, GUILD_ID, OPTION } from "../fake-discord/payloads.ts";
import { messageOf } from "./expect-payload.ts";

let bot: Harness | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

const ask = (value = "Who is Lavrov?") =>
  chatInput("ask", [{ name: "question", type: OPTION.string, value }]);
const isCallback = (path: string) => path.endsWith("/callback");

/** Every interaction the fake sent was answered by exactly one successful callback. */
function expectEachAnsweredOnce(harness: Harness): void {
  expect(harness.fake.interactionsSent().length).toBeGreaterThan(0);
  expect(harness.fake.interactionsNotAnsweredOnce()).toEqual([]);
}

describe("REST faults", () => {
  it.each([
    ["per route", { "x-ratelimit-scope": "user", "x-ratelimit-bucket": "callback" }, false],
    ["global", { "x-ratelimit-global": "true", "x-ratelimit-scope": "global" }, true],
  ])("a %s 429 is waited out and the reply sent once", async (_, headers, global) => {
    bot = await startBot();
    bot.fake.injectFault({
      match: (request) => isCallback(request.path),
      status: 429,
      headers: { "retry-after": "0.2", ...headers },
      body: { message: "You are being rate limited.", retry_after: 0.2, global },
    });
    const interaction = ask();
    const callback = await bot.interact(interaction);
    expect(messageOf(callback).embeds?.[0]?.description).toContain("polycentric architecture");
    expect(bot.fake.callbacksFor(interaction.id).map((request) => request.status)).toEqual([
      429, 204,
    ]);
    expectEachAnsweredOnce(bot);
  });

  it("a 500 is retried and the reply sent once", async () => {
    bot = await startBot();
    bot.fake.injectFault({
      match: (request) => isCallback(request.path),
      status: 500,
      body: { message: "Internal Server Error", code: 0 },
    });
    const interaction = ask();
    await bot.interact(interaction);
    expect(bot.fake.callbacksFor(interaction.id).map((request) => request.status)).toEqual([
      500, 204,
    ]);
    expectEachAnsweredOnce(bot);
  });

  it("“Unknown interaction” (the 3 s window missed) is logged, not retried, and the bot keeps answering", async () => {
    bot = await startBot();
    const late = ask();
    bot.fake.injectFault({
      match: (request) => request.path.startsWith(`/interactions/${late.id}/`),
      status: 404,
      body: { message: "Unknown interaction", code: 10062 },
      times: 5,
    });
    bot.fake.dispatch("INTERACTION_CREATE", late, GUILD_ID);
    const harness = bot;
    await bot.fake.until(
      () => harness.logs.find((line) => line.event === "interaction_failed"),
      5000,
      "the failure log",
    );
    const failure = bot.logs.find((line) => line.event === "interaction_failed") as {
      error: { message: string };
    };
    expect(failure.error.message).toContain("Unknown interaction");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bot.fake.callbacksFor(late.id).map((request) => request.status)).toEqual([404]);
    const next = await bot.interact(ask("Who is Putin?"));
    expect(next.status).toBe(204);
  });
});

describe("gateway faults", () => {
  it("a dropped socket (1006) is resumed, and an interaction sent meanwhile is answered after the resume", async () => {
    bot = await startBot();
    const sessionId = [...bot.fake.sessions.keys()][0];
    bot.fake.closeSockets(1006);
    const whileDown = ask("What is BRICS?");
    const callback = bot.interact(whileDown);
    await callback;
    expect(bot.fake.resumes).toEqual([expect.objectContaining({ sessionId })]);
    expect(bot.fake.identifies).toHaveLength(1);
    expect(messageOf(await callback).embeds?.[0]?.description).toContain("Brazil");
    expectEachAnsweredOnce(bot);
    const harness = bot;
    await bot.fake.until(
      () => harness.logs.find((line) => line.event === "resumed"),
      2000,
      "the resumed log",
    );
  });

  it("a normal close (1000) makes it identify again and keep answering", async () => {
    bot = await startBot();
    bot.fake.closeSockets(1000);
    const harness = bot;
    await bot.fake.until(() => harness.fake.identifies.length === 2, 10_000, "a second identify");
    await bot.interact(ask());
    expectEachAnsweredOnce(bot);
  });

  it("op 7 (reconnect) makes it resume and keep answering", async () => {
    bot = await startBot();
    bot.fake.sendOp(7);
    const harness = bot;
    await bot.fake.until(() => harness.fake.resumes.length === 1, 10_000, "a resume");
    await bot.interact(ask());
    expect(bot.fake.identifies).toHaveLength(1);
    expectEachAnsweredOnce(bot);
  });

  it("op 9 (invalid session, not resumable) makes it identify again and keep answering", async () => {
    bot = await startBot();
    bot.fake.sendOp(9, false);
    const harness = bot;
    await bot.fake.until(() => harness.fake.identifies.length === 2, 10_000, "a second identify");
    await bot.interact(ask());
    expectEachAnsweredOnce(bot);
  });

  it("missed heartbeat ACKs (a zombie connection) make it reconnect and resume", async () => {
    bot = await startBot({ fake: { heartbeatIntervalMs: 250, ackHeartbeats: false } });
    const harness = bot;
    await bot.fake.until(
      () => harness.fake.resumes.length > 0,
      10_000,
      "a resume after missed ACKs",
    );
    bot.fake.options.ackHeartbeats = true;
    await bot.interact(ask());
    expectEachAnsweredOnce(bot);
  });
});
