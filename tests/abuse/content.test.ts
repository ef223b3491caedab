/**
 * A careless admin's content folder, through the real process (start-up
 * refuses with one line naming the file) and through the real client and the
 * fake Discord (what replies show of a document).
 */
import { execFileSync } from "node:child_process";
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AnswerEngine, loadContent } from "../../src/core/index.ts";
import { embedText, messageOf } from "../bot/expect-payload.ts";
import { FAKE_TOKEN } from "../fake-discord/fake-discord.ts";
import type { Harness } from "../fake-discord/harness.ts";
import { startBot } from "../fake-discord/harness.ts";
import { autocomplete, chatInput, OPTION } from "../fake-discord/payloads.ts";
import { contentFolder } from "../helpers.ts";
import type { BotProcess } from "./bot-process.ts";
import { killBot, startBotProcess } from "./bot-process.ts";

const ARTICLE = "# Owls\n\nOwls hunt at night. Barn owls nest in old barns.\n";
const running: BotProcess[] = [];
const bots: Harness[] = [];
afterEach(async () => {
  for (const bot of running.splice(0)) killBot(bot);
  for (const bot of bots.splice(0)) await bot.stop();
});

/** Starts the bot over `dir`; resolves with its exit code and what it wrote. */
async function startOver(dir: string): Promise<{ code: number | null; stderr: string }> {
  const bot = startBotProcess({
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_API_BASE_URL: "http://127.0.0.1:9/api",
    CONTENT_DIR: dir,
  });
  running.push(bot);
  const code = await bot.exited;
  return { code, stderr: bot.stderr().trim() };
}

describe("start-up refuses content that could be turned against the bot", () => {
  it("a link to /etc/passwd, naming the file", async () => {
    const dir = contentFolder({ "article.md": ARTICLE });
    symlinkSync("/etc/passwd", join(dir, "passwd.txt"));
    const { code, stderr } = await startOver(dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/passwd\.txt: a link to \/etc\/passwd, outside the content folder/);
    expect(stderr.split("\n")).toHaveLength(1);
  }, 20_000);

  it("a link to a .env holding the token, without showing it", async () => {
    const secrets = contentFolder({ ".env": `DISCORD_TOKEN=${FAKE_TOKEN}\n` });
    const dir = contentFolder({ "article.md": ARTICLE });
    symlinkSync(join(secrets, ".env"), join(dir, "settings.md"));
    const { code, stderr } = await startOver(dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/settings\.md: a link to .*\.env, outside the content folder/);
    expect(stderr).not.toContain("DISCORD_TOKEN=");
  }, 20_000);

  it("a FIFO named pipe.md: a clear line instead of a silent hang", async () => {
    const dir = contentFolder({ "article.md": ARTICLE });
    execFileSync("mkfifo", [join(dir, "pipe.md")]);
    const { code, stderr } = await startOver(dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/pipe\.md: not a regular file/);
  }, 20_000);

  it("a link to /dev/zero: refused before any byte is read", async () => {
    const dir = contentFolder({ "article.md": ARTICLE });
    symlinkSync("/dev/zero", join(dir, "zero.md"));
    const { code, stderr } = await startOver(dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/zero\.md: a link to \/dev\/zero, outside the content folder/);
  }, 20_000);

  it("a.md and a.txt, naming both rather than merging them", async () => {
    const dir = contentFolder({ "a.md": "---\ntitle: Alpha\n---\nAlpha text.", "a.txt": "Beta." });
    const { code, stderr } = await startOver(dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/a\.md and .*a\.txt would both be document "a"/);
  }, 20_000);

  it("a source url longer than Discord allows", async () => {
    const dir = contentFolder({
      "a.md": `---\nurl: https://example.org/${"x".repeat(1100)}\n---\n${ARTICLE}`,
    });
    const { code, stderr } = await startOver(dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /a\.md: front matter "url" must be an http:\/\/ or https:\/\/ address of at most 512 characters/,
    );
  }, 20_000);
});

describe("what replies show of a document", () => {
  async function botOver(files: Record<string, string>): Promise<Harness> {
    const bot = await startBot({ engine: new AnswerEngine(loadContent(contentFolder(files))) });
    bots.push(bot);
    return bot;
  }

  it("a url hiding a Markdown link stays one link to one address, in every citation", async () => {
    const bot = await botOver({
      "owls.md": `---\nurl: https://a.example/>)**[click-me](https://evil.example/phish)\n---\n${ARTICLE}`,
    });
    const answer = messageOf(
      await bot.interact(
        chatInput("ask", [
          { name: "question", type: OPTION.string, value: "Where do barn owls nest?" },
        ]),
      ),
    );
    const safe = "https://a.example/%3E)**[click-me](https://evil.example/phish)";
    // In a Markdown link, `(`, `)`, `[` and `]` are percent-encoded too: nothing can close it early.
    expect(answer.embeds?.[0]?.description).toContain(
      "[source](<https://a.example/%3E%29**%5Bclick-me%5D%28https://evil.example/phish%29>)",
    );
    const about = messageOf(await bot.interact(chatInput("about")));
    expect(about.embeds?.[0]?.fields?.find((field) => field.name === "Source")?.value).toBe(
      `<${safe}>`,
    );
    // Nothing ends the angle-bracketed address early.
    expect(embedText(answer).match(/\(<https:[^>]*>\)/g)).toEqual([
      "(<https://a.example/%3E%29**%5Bclick-me%5D%28https://evil.example/phish%29>)",
    ]);
  });

  it("/about counts one passage and one document in the singular", async () => {
    const bot = await botOver({ "owls.md": "Owls hunt at night.\n" });
    const about = messageOf(await bot.interact(chatInput("about")));
    expect(about.embeds?.[0]?.fields?.find((field) => field.name === "Indexed")?.value).toBe(
      "1 document, 1 passage, 0 quotations",
    );
  });

  it("a document holding the bot token: no reply or suggestion ever carries it", async () => {
    const bot = await botOver({
      "notes.md": `# Notes\n\nThe bot token is ${FAKE_TOKEN} and must stay secret.\n\nOwls hunt at night.\n`,
    });
    await bot.interact(
      chatInput("ask", [
        { name: "question", type: OPTION.string, value: "What is the bot token?" },
      ]),
    );
    await bot.interact(
      autocomplete("ask", [
        { name: "question", type: OPTION.string, value: "bot token", focused: true },
      ]),
    );
    const bodies = bot.fake.requests.map((request) => JSON.stringify(request.body ?? ""));
    expect(bodies.some((body) => body.includes("must stay secret"))).toBe(true);
    for (const body of bodies) expect(body).not.toContain(FAKE_TOKEN.split(".")[2]);
    expect(bot.logs.some((line) => line.event === "token_removed_from_request")).toBe(true);
  });
});
