import { describe, expect, it } from "vitest";
import { threadMessageKind } from "../../src/bot/ask-channels/follow-up.ts";
import { isQuestion } from "../../src/bot/ask-channels/question-shape.ts";
import { SeenMessages } from "../../src/bot/ask-channels/seen-messages.ts";
import { threadNameOf } from "../../src/bot/ask-channels/thread-name.ts";
import { ThreadRefusals } from "../../src/bot/ask-channels/thread-refusals.ts";
import { ConfigError, readConfig } from "../../src/bot/config.ts";
import { FAKE_TOKEN } from "../fake-discord/fake-discord.ts";

describe("what counts as a question in an ask channel", () => {
  it.each([
    "Why does Russia back Assad?",
    "who is lavrov",
    "Lavrov?",
    "wat did khamenei claim",
    "explain the BRICS summits",
    "Did Russia sell arms to Iran",
  ])("%j is a question", (text) => expect(isQuestion(text)).toBe(true));

  it.each([
    "thanks!",
    "thank you so much",
    "lol",
    "ok 👍",
    "",
    "cool",
    "makes sense",
    "good point, ty",
    "?",
    "why?",
  ])("%j is not", (text) => expect(isQuestion(text)).toBe(false));
});

describe("what a message in a thread is", () => {
  it.each([
    "and iran?",
    "and what about lavrov?",
    "what about lavrov",
    "how about Iran",
    "why tho",
    "how so?",
    "Lavrov?",
    "and iran",
    "and?",
  ])("%j follows the thread's question up", (text) =>
    expect(threadMessageKind(text)).toBe("follow-up"),
  );

  it.each([
    "Who is Lavrov's counterpart in Tehran?",
    "Did Russia sell arms to Iran?",
    "what did Khamenei claim about the United States?",
  ])("%j is a question of its own", (text) => expect(threadMessageKind(text)).toBe("complete"));

  it.each(["thanks!", "cool", "ok 👍", "", "and thanks", "great, thanks"])(
    "%j asks nothing",
    (text) => expect(threadMessageKind(text)).toBe("not-a-question"),
  );
});

describe("a thread's name", () => {
  it("is the question, on one line, within Discord's 100 characters", () => {
    expect(threadNameOf("  Why does\nRussia   back Assad? ")).toBe("Why does Russia back Assad?");
    const long = threadNameOf(`Why ${"very ".repeat(40)}long?`);
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long.endsWith("…")).toBe(true);
  });

  it("shows no mention markup", () => {
    expect(threadNameOf("<@100000000000000001> who is <:putin:123456789012345678> Putin?")).toBe(
      "who is :putin: Putin?",
    );
  });
});

describe("messages seen", () => {
  it("tell a repeat, and forget the oldest past their bound", () => {
    const seen = new SeenMessages(2);
    expect([seen.add("1"), seen.add("1"), seen.add("2"), seen.add("3")]).toEqual([
      true,
      false,
      true,
      true,
    ]);
    expect(seen.size).toBe(2);
    expect(seen.add("1")).toBe(true);
    expect(seen.add("3")).toBe(false);
  });
});

describe("thread refusals", () => {
  it("are reported once per channel, and tried again after the retry period", () => {
    let now = 0;
    const refusals = new ThreadRefusals(() => now, 1000);
    expect(refusals.refused("a")).toBe(false);
    expect(refusals.record("a")).toBe(true);
    expect(refusals.refused("a")).toBe(true);
    now = 1000;
    expect(refusals.refused("a")).toBe(false);
    expect(refusals.record("a")).toBe(false);
    expect(refusals.record("b")).toBe(true);
  });
});

describe("ASK_CHANNEL_IDS", () => {
  const env = { DISCORD_TOKEN: FAKE_TOKEN };

  it("is empty when unset or blank", () => {
    expect(readConfig(env).askChannelIds).toEqual([]);
    expect(readConfig({ ...env, ASK_CHANNEL_IDS: " " }).askChannelIds).toEqual([]);
  });

  it("reads ids separated by commas, spaces and repeats aside", () => {
    expect(
      readConfig({
        ...env,
        ASK_CHANNEL_IDS: "300000000000000001, 300000000000000002,,300000000000000001",
      }).askChannelIds,
    ).toEqual(["300000000000000001", "300000000000000002"]);
  });

  it("names a wrong id and says how to find the right one", () => {
    expect(() => readConfig({ ...env, ASK_CHANNEL_IDS: "300000000000000001,#general" })).toThrow(
      new ConfigError(
        'ASK_CHANNEL_IDS must be Discord ids (17–20 digits) separated by commas; "#general" is not one: right-click each channel with Developer Mode on → Copy Channel ID, or leave it empty',
      ),
    );
  });
});
