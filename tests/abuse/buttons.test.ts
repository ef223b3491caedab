/**
 * Answer buttons as a hostile user, a restart and a content change treat
 * them: through the real client and the fake Discord.
 */
import { afterEach, describe, expect, it } from "vitest";
import { AnswerEngine, loadContent } from "../../src/core/index.ts";
import { buttonsOf, messageOf } from "../bot/expect-payload.ts";
import type { Harness } from "../fake-discord/harness.ts";
import { startBot } from "../fake-discord/harness.ts";
import {
  botMessage,
  buttonClick,
  chatInput,
  OPTION,
  OTHER_USER,
} from "../fake-discord/payloads.ts";
import { contentFolder } from "../helpers.ts";

const EPHEMERAL = 64;
const running: Harness[] = [];
afterEach(async () => {
  for (const bot of running.splice(0)) await bot.stop();
});

async function start(options: Parameters<typeof startBot>[0] = {}): Promise<Harness> {
  const bot = await startBot(options);
  running.push(bot);
  return bot;
}

/** Asks `text` with /ask; returns the message as Discord stores it and its buttons' ids by label. */
async function ask(bot: Harness, text: string, hide = false) {
  const options = [{ name: "question", type: OPTION.string, value: text }];
  if (hide) options.push({ name: "hide", type: OPTION.boolean, value: true } as never);
  const reply = messageOf(await bot.interact(chatInput("ask", options)));
  const ids = Object.fromEntries(buttonsOf(reply).map((b) => [b.label, b.custom_id as string]));
  return { message: botMessage(reply), ids };
}

describe("buttons outlive the process", () => {
  it("More and Context under an answer work after a restart", async () => {
    const before = await start();
    // Answered with confidence high and more than a page: More starts at passage 4.
    const { message, ids } = await ask(before, "What unites Russia and Iran in Syria?");
    await before.stop();
    running.splice(0);

    const after = await start();
    const more = messageOf(await after.interact(buttonClick(ids.More as string, message)));
    expect(more.embeds?.[0]?.description).toMatch(/^\*\*4\.\*\*/);
    const context = messageOf(await after.interact(buttonClick(ids.Context as string, message)));
    expect(context.embeds?.[0]?.title).toBe("In context");
  });

  it("a button made before the content changed says so instead of quoting another passage", async () => {
    const article = await start();
    const { message, ids } = await ask(article, "What was the revolutionary slogan?");
    const owls = new AnswerEngine(
      loadContent(contentFolder({ "owls.md": "Owls hunt at night.\n\nBarn owls nest in barns." })),
    );
    const changed = await start({ engine: owls });
    for (const id of [ids.Context, ids.More]) {
      const reply = messageOf(await changed.interact(buttonClick(id as string, message)));
      expect(reply.flags).toBe(EPHEMERAL);
      expect(reply.embeds ?? []).toEqual([]);
      expect(reply.content).toContain("changed since this answer");
    }
  });
});

describe("private answers stay private", () => {
  it("Context under someone else's private answer refuses, as More does", async () => {
    const bot = await start();
    const { ids } = await ask(bot, "What was the revolutionary slogan?", true);
    const theirs = botMessage({ flags: EPHEMERAL });
    for (const id of [ids.Context, ids.More]) {
      const reply = messageOf(await bot.interact(buttonClick(id as string, theirs, OTHER_USER)));
      expect(reply.flags).toBe(EPHEMERAL);
      expect(reply.embeds ?? []).toEqual([]);
      expect(reply.content).toMatch(/^Only the person who asked can/);
    }
  });
});

describe("More is never offered when it cannot work", () => {
  /** Words that always find passages, repeated past what an embed title holds (256 characters). */
  const LONG_QUESTION = "Russia and Iran ".repeat(18).trim();
  // Short, but each Markdown character is escaped in the title, which makes it too long to carry.
  const MARKDOWN_QUESTION = `${"**Russia** __Iran__ ~~Syria~~ ".repeat(7)}?`;

  it.each([
    ["of 287 characters", LONG_QUESTION],
    ["full of Markdown", MARKDOWN_QUESTION],
  ])("a question %s gets an answer whose More is disabled", async (_what, question) => {
    const bot = await start();
    const options = [{ name: "question", type: OPTION.string, value: question }];
    const reply = messageOf(await bot.interact(chatInput("ask", options)));
    expect(reply.embeds?.[0]?.description).toContain("**1.**");
    const more = buttonsOf(reply).find((button) => button.label === "More");
    expect(more?.disabled).toBe(true);
  });

  it("a question just short enough keeps a More that pages on", async () => {
    const bot = await start();
    const { message, ids } = await ask(bot, "Russia and Iran ".repeat(12).trim());
    const more = messageOf(await bot.interact(buttonClick(ids.More as string, message)));
    expect(more.embeds?.[0]?.description).toContain("**4.**");
  });
});
