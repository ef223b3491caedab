/**
 * One user flooding every path that makes the bot speak, through the real
 * client and the fake Discord: each path is held to the one rate limit
 * (autocomplete to its own, looser one), with one "slow down" per window.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messageOf } from "../bot/expect-payload.ts";
import type { RecordedRequest } from "../fake-discord/fake-discord.ts";
import type { Harness } from "../fake-discord/harness.ts";
import { startBot } from "../fake-discord/harness.ts";
import type { FakeUser } from "../fake-discord/payloads.ts";
import {
  autocomplete,
  BOT_USER,
  botMessage,
  buttonClick,
  CHANNEL_ID,
  chatInput,
  DM_CHANNEL_ID,
  OPTION,
  OTHER_USER,
  user,
  userMessage,
} from "../fake-discord/payloads.ts";

const MAX_PER_WINDOW = 3;
const MAX_AUTOCOMPLETE_PER_WINDOW = 10;
const FLOOD = 200;
const SLOW_DOWN = /^You're asking quickly — try again in \d+ s\.$/;
/** Answered with confidence high (no caveat above the passages), more than a page of them. */
const MANY_PASSAGES = "What unites Russia and Iran in Syria?";
let bot: Harness;
let users = 0;
/** A user nobody else in this file is. */
function freshUser(): FakeUser {
  users += 1;
  return user(`2000000000000009${String(users).padStart(2, "0")}`, "flooder");
}

beforeAll(async () => {
  bot = await startBot({
    config: {
      cooldown: {
        maxQuestions: MAX_PER_WINDOW,
        maxAutocomplete: MAX_AUTOCOMPLETE_PER_WINDOW,
        windowSeconds: 600,
      },
    },
  });
});
afterAll(async () => bot?.stop());

/** Dispatches every interaction and resolves with each one's accepted callback, in order. */
async function flood(interactions: { id: string; token: string }[]): Promise<RecordedRequest[]> {
  for (const interaction of interactions) bot.fake.dispatch("INTERACTION_CREATE", interaction);
  // One pass over the requests per check: the fake records hundreds here.
  const answered = () => {
    const accepted = new Map<string, RecordedRequest>();
    for (const request of bot.fake.requests)
      if (request.method === "POST" && request.status !== undefined && request.status < 300)
        accepted.set(request.path, request);
    return interactions.map((interaction) =>
      accepted.get(`/interactions/${interaction.id}/${interaction.token}/callback`),
    );
  };
  const callbacks = await bot.fake.until(
    () => {
      const found = answered();
      return found.every(Boolean) && (found as RecordedRequest[]);
    },
    60_000,
    `all ${interactions.length} interactions to be answered`,
  );
  const sent = new Set(interactions.map((interaction) => interaction.id));
  const perInteraction = new Map<string, number>();
  for (const request of bot.fake.requests) {
    const id = /^\/interactions\/(\d+)\//.exec(request.path)?.[1];
    if (id && sent.has(id)) perInteraction.set(id, (perInteraction.get(id) ?? 0) + 1);
  }
  expect([...perInteraction.values()].every((count) => count === 1)).toBe(true);
  return callbacks;
}

/** Sends messages and resolves with the bot's replies in `channelId` once each message is logged. */
async function floodMessages(
  messages: ReturnType<typeof userMessage>[],
  channelId: string,
): Promise<RecordedRequest[]> {
  const before = bot.fake.requests.length;
  const logged = () =>
    bot.logs.filter((line) => line.event === "interaction" && line.user === messages[0]?.author.id)
      .length;
  for (const message of messages)
    bot.fake.dispatch(
      "MESSAGE_CREATE",
      message,
      "guild_id" in message ? (message.guild_id as string) : undefined,
    );
  await bot.fake.until(() => logged() >= messages.length, 30_000, "every message to be handled");
  // Replies are logged once sent; give the last one time to arrive.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return bot.fake.requests
    .slice(before)
    .filter(
      (request) => request.method === "POST" && request.path === `/channels/${channelId}/messages`,
    );
}

// Hundreds of interactions each: a generous budget for a busy machine, not a measure of speed.
describe("one rate limit on every path", { timeout: 90_000 }, () => {
  it(`${FLOOD} /quote mention:@member ping that member only as often as the limit allows`, async () => {
    const flooder = freshUser();
    const callbacks = await flood(
      Array.from({ length: FLOOD }, () =>
        chatInput("quote", [{ name: "mention", type: OPTION.user, value: OTHER_USER.id }], flooder),
      ),
    );
    const pings = callbacks.filter((callback) =>
      messageOf(callback).allowed_mentions?.users?.includes(OTHER_USER.id),
    );
    expect(pings.length).toBe(MAX_PER_WINDOW);
    for (const callback of callbacks.slice(MAX_PER_WINDOW)) {
      expect(messageOf(callback).content).toMatch(SLOW_DOWN);
      expect(messageOf(callback).flags).toBe(64);
    }
  });

  it(`${FLOOD} bare @mentions get the help reply as often as the limit allows, one notice, then silence`, async () => {
    const flooder = freshUser();
    const replies = await floodMessages(
      Array.from({ length: FLOOD }, () =>
        userMessage(`<@${BOT_USER.id}>`, flooder, {}, [BOT_USER]),
      ),
      CHANNEL_ID,
    );
    const texts = replies.map((reply) => messageOf(reply).content ?? "");
    expect(texts.filter((text) => text.startsWith("Ask me a question"))).toHaveLength(
      MAX_PER_WINDOW,
    );
    expect(texts.filter((text) => SLOW_DOWN.test(text))).toHaveLength(1);
    expect(replies).toHaveLength(MAX_PER_WINDOW + 1);
  });

  it(`${FLOOD} DMs get answers as often as the limit allows, one notice, then silence`, async () => {
    const flooder = freshUser();
    const replies = await floodMessages(
      Array.from({ length: FLOOD }, () => userMessage("Who is Lavrov?", flooder, { dm: true })),
      DM_CHANNEL_ID,
    );
    expect(replies).toHaveLength(MAX_PER_WINDOW + 1);
    expect(replies.filter((reply) => SLOW_DOWN.test(messageOf(reply).content ?? ""))).toHaveLength(
      1,
    );
  });

  it(`${FLOOD} More clicks by one user: pages as the limit allows, one notice, then silent acknowledgements; others' buttons keep working`, async () => {
    const flooder = freshUser();
    const asked = messageOf(
      await bot.interact(
        chatInput(
          "ask",
          [{ name: "question", type: OPTION.string, value: MANY_PASSAGES }],
          flooder,
        ),
      ),
    );
    const more = asked.components?.[0]?.components.find((b) => b.label === "More")
      ?.custom_id as string;
    const callbacks = await flood(
      Array.from({ length: FLOOD }, () => buttonClick(more, botMessage(asked), flooder)),
    );
    const types = callbacks.map((callback) => (callback.body as { type: number }).type);
    // The question itself took one of the window's requests.
    expect(types.filter((type) => type === 7)).toHaveLength(MAX_PER_WINDOW - 1);
    const notices = callbacks.filter((callback) =>
      SLOW_DOWN.test(messageOf(callback)?.content ?? ""),
    );
    expect(notices).toHaveLength(1);
    // Type 6: acknowledged without a word.
    expect(types.filter((type) => type === 6)).toHaveLength(FLOOD - MAX_PER_WINDOW);

    const someoneElse = freshUser();
    const theirs = messageOf(
      await bot.interact(
        chatInput(
          "ask",
          [{ name: "question", type: OPTION.string, value: MANY_PASSAGES }],
          someoneElse,
        ),
      ),
    );
    const theirMore = theirs.components?.[0]?.components.find((b) => b.label === "More")
      ?.custom_id as string;
    const page = await bot.interact(buttonClick(theirMore, botMessage(theirs), someoneElse));
    expect(messageOf(page).embeds?.[0]?.description).toMatch(/^\*\*4\.\*\*/);
  });

  it("autocomplete has its own looser budget, and past it offers nothing", async () => {
    const flooder = freshUser();
    const callbacks = await flood(
      Array.from({ length: 50 }, () =>
        autocomplete(
          "ask",
          [{ name: "question", type: OPTION.string, value: "Russia", focused: true }],
          flooder,
        ),
      ),
    );
    const counts = callbacks.map(
      (callback) => (callback.body as { data: { choices: unknown[] } }).data.choices.length,
    );
    expect(counts.slice(0, MAX_AUTOCOMPLETE_PER_WINDOW).every((count) => count > 0)).toBe(true);
    expect(counts.slice(MAX_AUTOCOMPLETE_PER_WINDOW).every((count) => count === 0)).toBe(true);
    // Typing did not use up the user's questions.
    const answer = await bot.interact(
      chatInput(
        "ask",
        [{ name: "question", type: OPTION.string, value: "Who is Lavrov?" }],
        flooder,
      ),
    );
    expect(messageOf(answer).embeds?.[0]?.description).toContain("polycentric architecture");
  });
});
