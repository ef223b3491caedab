/**
 * The bot token: checks that name the real problem when it is wrong, and no
 * part of it in any log line at any level.
 */
import { afterEach, describe, expect, it } from "vitest";
import { startBot } from "../fake-discord/harness.ts";
import { chatInput, OPTION } from "../fake-discord/payloads.ts";
import type { BotProcess } from "./bot-process.ts";
import { killBot, startBotProcess } from "./bot-process.ts";

const running: BotProcess[] = [];
afterEach(() => {
  for (const bot of running.splice(0)) killBot(bot);
});

/** Starts the bot with `token`; resolves with its exit code and what it wrote. */
async function startWith(token: string): Promise<{ code: number | null; stderr: string }> {
  const bot = startBotProcess({
    DISCORD_TOKEN: token,
    DISCORD_API_BASE_URL: "http://127.0.0.1:9/api",
    LOG_LEVEL: "debug",
  });
  running.push(bot);
  const code = await bot.exited;
  return { code, stderr: bot.stderr().trim() };
}

const GOOD_SHAPE = "MTAwMDAwMDAwMDAwMDAwMDAx.GfAkE1.abcdefghijklmnopqrstuvwxyz012345";

describe("a wrong token is named for what is wrong with it", () => {
  it("a control character", async () => {
    const { code, stderr } = await startWith(
      `${GOOD_SHAPE.slice(0, 10)}\u0007${GOOD_SHAPE.slice(10)}`,
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^DISCORD_TOKEN contains an invisible control character \(U\+0007\) at character 11; copy the token again/,
    );
    expect(stderr).not.toMatch(/network|Authorization/);
  }, 20_000);

  it("a letter from another alphabet", async () => {
    // A Cyrillic "М" where the Latin "M" should be.
    const { code, stderr } = await startWith(`\u041c${GOOD_SHAPE.slice(1)}`);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^DISCORD_TOKEN contains the letter "М" \(U\+041C\) at character 1, which a token never has/,
    );
  }, 20_000);

  it("the wrong shape (a client secret), short tokens too, without showing any of it", async () => {
    const secret = "k3J9xQ2mZ7vB1nR8tY4wL6pA0sD5fG2h";
    const wrong = await startWith(secret);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(
      /^DISCORD_TOKEN does not look like a bot token \(it has no dots, so it may be the client secret/,
    );
    expect(wrong.stderr).not.toContain(secret);
    const short = await startWith("a.b.c");
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/^DISCORD_TOKEN does not look like a bot token/);
    expect(short.stderr).not.toContain("a.b.c");
  }, 30_000);
});

describe("logs", () => {
  it("hold no part of the token at any level, though discord.js's debug lines print two of its parts", async () => {
    const bot = await startBot();
    try {
      await bot.interact(
        chatInput("ask", [{ name: "question", type: OPTION.string, value: "Who is Lavrov?" }]),
      );
      expect(bot.rawLogs.some((line) => line.includes("Provided token"))).toBe(true);
      for (const part of bot.fake.token.split("."))
        for (const line of bot.rawLogs) expect(line).not.toContain(part);
    } finally {
      await bot.stop();
    }
  });
});
