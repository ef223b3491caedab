/**
 * Whatever reads the bot's logs can go away (a log shipper that dies,
 * `npm start 2>&1 | head`, a journal restart). The real process (`npm start`'s
 * command) with its stderr on a pipe whose reading end is then closed must go
 * on answering, and still stop on SIGTERM.
 */
import { afterEach, describe, expect, it } from "vitest";
import { FakeDiscord } from "../fake-discord/fake-discord.ts";
import { chatInput, GUILD_ID, OPTION } from "../fake-discord/payloads.ts";
import { killBot, startBotProcess } from "./bot-process.ts";

/**
 * How long the test waits for an answer or an exit before calling it lost. Far
 * above what either takes (the bot stops within SHUTDOWN_GRACE_MS + 1 s): the
 * broken bot never answers nor exits, so only a hang ever reaches it.
 */
const PATIENCE_MS = 30_000;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("a log reader that goes away", () => {
  it("does not stop the bot answering, and SIGTERM still ends it with exit 0", async () => {
    const fake = await new FakeDiscord().start();
    cleanups.push(() => fake.stop());
    const bot = startBotProcess({
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
      CONTENT_DIR: "content",
      LOG_LEVEL: "info",
      SHUTDOWN_GRACE_MS: "1000",
    });
    cleanups.push(() => killBot(bot));
    await fake.until(() => bot.stderr().includes('"event":"ready"'), PATIENCE_MS, "ready");

    // The reading end of the bot's stderr pipe closes: its next log line meets EPIPE.
    bot.child.stderr?.destroy();
    const ask = (question: string) => {
      const interaction = chatInput("ask", [
        { name: "question", type: OPTION.string, value: question },
      ]);
      fake.dispatch("INTERACTION_CREATE", interaction, GUILD_ID);
      return fake.until(
        () => fake.callbacksFor(interaction.id).length > 0,
        PATIENCE_MS,
        `an answer to "${question}"`,
      );
    };
    await ask("Who is Lavrov?");
    // Answering the first question logged a line into the closed pipe; the next one is still answered.
    await ask("Why does Russia back Assad?");

    bot.child.kill("SIGTERM");
    const exit = await Promise.race([
      bot.exited,
      new Promise<string>((resolve) => setTimeout(() => resolve("still running"), PATIENCE_MS)),
    ]);
    expect(exit).toBe(0);
  }, 120_000);
});
