/**
 * SIGTERM in the middle of a burst, through the real process (`npm start`'s
 * command) and the fake Discord: every interaction that reached the bot is
 * answered exactly once, and the bot's own count says so.
 */
import { afterEach, describe, expect, it } from "vitest";
import { FakeDiscord } from "../fake-discord/fake-discord.ts";
import { chatInput, GUILD_ID, OPTION, user } from "../fake-discord/payloads.ts";
import { killBot, startBotProcess } from "./bot-process.ts";

const BURST = 300;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("graceful shutdown", () => {
  it(`${BURST} /ask then SIGTERM: each answered exactly once, the log's count matches Discord's, exit 0`, async () => {
    const fake = await new FakeDiscord().start();
    cleanups.push(() => fake.stop());
    const bot = startBotProcess({
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
      CONTENT_DIR: "content",
      COOLDOWN_MAX_QUESTIONS: "1000",
      // Generous, so a busy test machine is never what cuts an answer off.
      SHUTDOWN_GRACE_MS: "30000",
    });
    cleanups.push(() => killBot(bot));
    await fake.until(() => bot.stderr().includes('"event":"ready"'), 30_000, "the bot to be ready");

    for (let n = 0; n < BURST; n += 1) {
      const asker = user(`2000000000000${String(n).padStart(5, "0")}`, `reader${n}`);
      const question = n % 2 === 0 ? "Why does Russia back Assad?" : "Who is Lavrov?";
      fake.dispatch(
        "INTERACTION_CREATE",
        chatInput("ask", [{ name: "question", type: OPTION.string, value: question }], asker),
        GUILD_ID,
      );
    }
    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(0);

    expect(fake.interactionsSent()).toHaveLength(BURST);
    expect(fake.interactionsNotAnsweredOnce()).toEqual([]);
    const accepted = fake
      .interactionsSent()
      .filter(({ id }) => fake.callbacksFor(id).some((request) => (request.status ?? 500) < 300));
    const stopped = bot.logLines().find((line) => line.event === "stopped");
    expect(stopped).toMatchObject({ answered: accepted.length, cutOff: 0, unanswered: 0 });
  }, 90_000);
});
