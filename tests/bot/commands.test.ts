import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../fake-discord/harness.ts";
import { startBot } from "../fake-discord/harness.ts";
import {
  ASKER,
  autocomplete,
  botMessage,
  buttonClick,
  chatInput,
  OPTION,
  OTHER_USER,
} from "../fake-discord/payloads.ts";
import { buttonsOf, DISCORD, embedText, expectWithinLimits, messageOf } from "./expect-payload.ts";

const EPHEMERAL = 64;
let bot: Harness;

beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => bot?.stop());

const question = (value: string) => ({ name: "question", type: OPTION.string, value });

describe("/ask", () => {
  it("replies publicly with quoted passages, the answering sentence in bold, each cited", async () => {
    const callback = await bot.interact(
      chatInput("ask", [question("Why is Tehran a useful ally for Moscow?")]),
    );
    expect((callback.body as { type: number }).type).toBe(4);
    const message = messageOf(callback);
    expectWithinLimits(message);
    expect(message.flags ?? 0).toBe(0);
    const [embed] = message.embeds ?? [];
    expect(embed?.title).toBe("Why is Tehran a useful ally for Moscow?");
    expect(embed?.description).toContain(
      "> **In this endeavor, Tehran is a useful ally for Moscow",
    );
    expect(embed?.description).toContain(
      "— *The Newest Power Couple: Iran and Russia Band together to Support Assad*, p. 85 · [source](<https://muse.jhu.edu/article/645264>)",
    );
    // Numbered from 1; passages far below the best are left to More.
    expect(embed?.description?.match(/^\*\*\d\.\*\*$/gm)?.[0]).toBe("**1.**");
    expect(buttonsOf(message).map((button) => button.label)).toEqual(["More", "Context", "Source"]);
    expect(buttonsOf(message)[2]?.url).toBe("https://muse.jhu.edu/article/645264");
  });

  it("disables More when there is nothing more to show", async () => {
    const few = await bot.interact(chatInput("ask", [question("Who is Lavrov?")]));
    expect(buttonsOf(messageOf(few)).find((button) => button.label === "More")?.disabled).toBe(
      true,
    );
    const many = await bot.interact(chatInput("ask", [question("Russia and Iran")]));
    expect(buttonsOf(messageOf(many)).find((button) => button.label === "More")?.disabled).toBe(
      false,
    );
  });

  it("echoes a question without the zero-width characters hidden in its words", async () => {
    const hidden = "Why is Teh\u200bran a use\u200cful al\u00adly for Mos\u2060cow?";
    const message = messageOf(await bot.interact(chatInput("ask", [question(hidden)])));
    expect(message.embeds?.[0]?.title).toBe("Why is Tehran a useful ally for Moscow?");
  });

  it("hide: true answers ephemerally", async () => {
    const callback = await bot.interact(
      chatInput("ask", [
        question("Who is Khamenei?"),
        { name: "hide", type: OPTION.boolean, value: true },
      ]),
    );
    expect(messageOf(callback).flags).toBe(EPHEMERAL);
  });

  it("mention: pings that member and nobody else", async () => {
    const callback = await bot.interact(
      chatInput("ask", [
        question("What is BRICS?"),
        { name: "mention", type: OPTION.user, value: OTHER_USER.id },
      ]),
    );
    const message = messageOf(callback);
    expect(message.content).toBe(`<@${OTHER_USER.id}>`);
    expectWithinLimits(message, [OTHER_USER.id]);
  });

  it("declines what the article does not cover, offering the nearest passages as suggestions only", async () => {
    // Off topic, though the article does name Moscow: declined, with passages that do.
    const callback = await bot.interact(
      chatInput("ask", [question("What is the weather in Moscow today?")]),
    );
    const message = messageOf(callback);
    expectWithinLimits(message);
    const text = embedText(message);
    expect(text).toContain(
      "“The Newest Power Couple: Iran and Russia Band together to Support Assad” does not cover this.",
    );
    expect(text).not.toContain("Closest passage found");
    const [, suggested = ""] = (message.embeds?.[0]?.description ?? "").split(
      "**Nearest passages — not an answer:**",
    );
    expect(suggested).toContain("Moscow");
    expect(message.components).toEqual([]);
  });

  it("escapes hostile questions: no pings, no formatting", async () => {
    const callback = await bot.interact(
      chatInput("ask", [
        question("@everyone <@&123456789012345678> **Putin** `x` [link](https://evil.example)"),
      ]),
    );
    const message = messageOf(callback);
    expectWithinLimits(message);
    const title = message.embeds?.[0]?.title ?? "";
    expect(title).not.toMatch(/@everyone/);
    expect(title).not.toContain("<@&");
    expect(title).toContain("\\*\\*Putin\\*\\*");
  });

  it("autocomplete keeps what was typed first and suggests sentences of matching passages", async () => {
    const callback = await bot.interact(
      autocomplete("ask", [
        { name: "question", type: OPTION.string, value: "slogan", focused: true },
      ]),
    );
    const body = callback.body as {
      type: number;
      data: { choices: { name: string; value: string }[] };
    };
    expect(body.type).toBe(8);
    const { choices } = body.data;
    expect(choices[0]).toEqual({ name: "slogan", value: "slogan" });
    expect(choices.length).toBeGreaterThan(1);
    expect(choices.length).toBeLessThanOrEqual(DISCORD.choices);
    expect(choices.some((choice) => choice.name.includes("neither East, nor West"))).toBe(true);
    for (const choice of choices) {
      expect(choice.name.length).toBeGreaterThan(0);
      expect(choice.name.length).toBeLessThanOrEqual(DISCORD.choiceText);
      expect(choice.value.length).toBeLessThanOrEqual(DISCORD.choiceText);
    }
  });

  it("autocomplete copes with a huge typed value", async () => {
    const callback = await bot.interact(
      autocomplete("ask", [
        { name: "question", type: OPTION.string, value: "Russia ".repeat(900), focused: true },
      ]),
    );
    const { choices } = (callback.body as { data: { choices: { name: string; value: string }[] } })
      .data;
    for (const choice of choices)
      expect(choice.value.length).toBeLessThanOrEqual(DISCORD.choiceText);
  });
});

describe("answer buttons", () => {
  /** Answered with confidence high (no caveat above the passages), more than a page of them. */
  const MANY_PASSAGES = "What unites Russia and Iran in Syria?";

  async function askPublicly(text: string) {
    const callback = await bot.interact(chatInput("ask", [question(text)]));
    const message = messageOf(callback);
    const ids = Object.fromEntries(
      buttonsOf(message).map((button) => [button.label, button.custom_id]),
    );
    return { message: botMessage(message), reply: message, ids };
  }

  it("More pages the asker's answer on in place", async () => {
    const { message, ids } = await askPublicly(MANY_PASSAGES);
    const callback = await bot.interact(buttonClick(ids.More as string, message));
    expect((callback.body as { type: number }).type).toBe(7);
    const next = messageOf(callback);
    expectWithinLimits(next);
    expect(next.embeds?.[0]?.description).toMatch(/^\*\*4\.\*\*/);
    expect(next.embeds?.[0]?.footer?.text).toMatch(/^Passages 4–/);
  });

  it("More from someone else shows them the next page privately", async () => {
    const { message, ids } = await askPublicly(MANY_PASSAGES);
    const callback = await bot.interact(buttonClick(ids.More as string, message, OTHER_USER));
    expect((callback.body as { type: number }).type).toBe(4);
    expect(messageOf(callback).flags).toBe(EPHEMERAL);
    expect(messageOf(callback).embeds?.[0]?.description).toMatch(/^\*\*4\.\*\*/);
  });

  it("Context shows the passages before and after, privately", async () => {
    const { message, ids } = await askPublicly("What was the revolutionary slogan?");
    const callback = await bot.interact(buttonClick(ids.Context as string, message));
    const reply = messageOf(callback);
    expect(reply.flags).toBe(EPHEMERAL);
    expect(reply.embeds?.[0]?.title).toBe("In context");
    expect(reply.embeds?.[0]?.description).toContain("most notably Saudi Arabia");
    expect(reply.embeds?.[0]?.description).toContain("**At the Islamic Republic’s inception");
    expectWithinLimits(reply);
  });

  it("Context around a quote of joined passages shows all of it once, and what stands around it", async () => {
    const { message, reply, ids } = await askPublicly(
      "How do many Russians see Iran's leadership?",
    );
    const quoted = reply.embeds?.[0]?.description ?? "";
    expect(quoted).toContain("Russia and Iran are comfortable dealing with each other.");
    expect(quoted).toContain("said a Russian Iran-watcher");
    const callback = await bot.interact(buttonClick(ids.Context as string, message));
    const description = messageOf(callback).embeds?.[0]?.description ?? "";
    expect(description).toContain("**Russia and Iran are comfortable dealing with each other.");
    expect(description.split("Russia and Iran are comfortable").length).toBe(2);
    expect(description).toContain("Russia understands ideological dogma");
    expectWithinLimits(messageOf(callback));
  });

  it("says privately that a button it does not know is not recognised", async () => {
    const callback = await bot.interact(buttonClick("answer:more:unknown-session", botMessage({})));
    expect(messageOf(callback).content).toContain("I don't recognise this");
    expect(messageOf(callback).flags).toBe(EPHEMERAL);
  });

  it("lets only the asker page an ephemeral answer", async () => {
    const callback = await bot.interact(
      chatInput("ask", [
        question("Russia and Iran"),
        { name: "hide", type: OPTION.boolean, value: true },
      ]),
    );
    const more = buttonsOf(messageOf(callback)).find((button) => button.label === "More")
      ?.custom_id as string;
    const other = await bot.interact(
      buttonClick(more, botMessage({ flags: EPHEMERAL }), OTHER_USER),
    );
    expect(messageOf(other).content).toBe("Only the person who asked can page this answer.");
  });
});

describe("/quote", () => {
  it("lists the article's quotations with who said them", async () => {
    const callback = await bot.interact(chatInput("quote"));
    const message = messageOf(callback);
    expectWithinLimits(message);
    const text = embedText(message);
    expect(text).toContain("Ayatollah Ali Khamenei");
    expect(text).toContain("Russian Foreign Minister Sergey Lavrov");
    expect(text).toContain("a Russian Iran-watcher");
    expect(text).toContain("a popular revolutionary slogan");
    expect(text).toContain("polycentric architecture");
  });

  it("filters by speaker and words", async () => {
    const callback = await bot.interact(
      chatInput("quote", [{ name: "speaker", type: OPTION.string, value: "lavrov" }]),
    );
    const text = embedText(messageOf(callback));
    expect(text).toContain("polycentric architecture");
    expect(text).not.toContain("Khamenei");
    const none = await bot.interact(
      chatInput("quote", [{ name: "search", type: OPTION.string, value: "sourdough" }]),
    );
    expect(embedText(messageOf(none))).toContain("No quotation matches");
  });

  it("autocompletes speakers", async () => {
    const callback = await bot.interact(
      autocomplete("quote", [
        { name: "speaker", type: OPTION.string, value: "ira", focused: true },
      ]),
    );
    const { choices } = (callback.body as { data: { choices: { name: string }[] } }).data;
    expect(choices.map((choice) => choice.name)).toEqual(["a Russian Iran-watcher"]);
  });
});

describe("/about", () => {
  it("tells what is indexed and where it comes from", async () => {
    const callback = await bot.interact(chatInput("about"));
    const message = messageOf(callback);
    expectWithinLimits(message);
    const text = embedText(message);
    expect(message.embeds?.[0]?.title).toBe(
      "The Newest Power Couple: Iran and Russia Band together to Support Assad",
    );
    expect(text).toContain("Ellie Geranmayeh");
    expect(text).toContain("World Policy Journal 33(4)");
    expect(text).toContain("84–88");
    expect(text).toContain("https://muse.jhu.edu/article/645264");
    expect(text).toMatch(/1 document, \d+ passages, 4 quotations/);
    expect(text).toMatch(/Article Q&A Bot v\d+\.\d+\.\d+/);
  });
});

describe("every interaction", () => {
  it("was answered exactly once, and logged with its latency", async () => {
    const interactions = bot.fake.interactionsSent();
    expect(interactions.length).toBeGreaterThan(10);
    expect(bot.fake.interactionsNotAnsweredOnce()).toEqual([]);
    const logged = () => bot.logs.filter((line) => line.event === "interaction");
    const lines = await bot.fake.until(
      () => logged().length >= interactions.length && logged(),
      2000,
      "every interaction to be logged",
    );
    expect(lines.length).toBe(interactions.length);
    for (const line of lines) {
      expect([ASKER.id, OTHER_USER.id]).toContain(line.user);
      expect(line.outcome).toBe(line.name === "answer:more" ? "unknown" : "ok");
      expect(typeof line.latencyMs).toBe("number");
    }
  });
});
