import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordedRequest } from "../fake-discord/fake-discord.ts";
import type { Harness } from "../fake-discord/harness.ts";
import { startBot } from "../fake-discord/harness.ts";
import {
  ANOTHER_BOT,
  BOT_USER,
  CHANNEL_ID,
  chatInput,
  DM_CHANNEL_ID,
  messageCommand,
  OPTION,
  OTHER_USER,
  userMessage,
} from "../fake-discord/payloads.ts";
import { embedText, expectWithinLimits, messageOf } from "./expect-payload.ts";

const EPHEMERAL = 64;
let bot: Harness;

beforeAll(async () => {
  bot = await startBot({ config: { cooldown: { maxQuestions: 2, windowSeconds: 60 } } });
});
afterAll(async () => bot?.stop());

/** Sends a message through the gateway and waits for the bot's reply in that channel, if any. */
async function send(
  message: ReturnType<typeof userMessage>,
  expectReply = true,
): Promise<RecordedRequest | undefined> {
  const before = bot.fake.requests.length;
  bot.fake.dispatch(
    "MESSAGE_CREATE",
    message,
    "guild_id" in message ? (message.guild_id as string) : undefined,
  );
  const isReply = (request: RecordedRequest) =>
    request.method === "POST" &&
    request.path === `/channels/${message.channel_id}/messages` &&
    bot.fake.requests.indexOf(request) >= before;
  if (!expectReply) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return bot.fake.requests.find(isReply);
  }
  return bot.fake.waitForRequest(isReply);
}

// Each user may ask twice a minute here; the tests use different users to stay under it.
const user = (n: number) => ({
  ...OTHER_USER,
  id: `2000000000000001${String(n).padStart(2, "0")}`,
  username: `reader${n}`,
});

describe("asking in a channel", () => {
  it("answers a message that mentions the bot, as a reply that pings nobody", async () => {
    const question = userMessage(`<@${BOT_USER.id}> why does Russia back Assad?`, user(1), {}, [
      BOT_USER,
    ]);
    const reply = (await send(question)) as RecordedRequest;
    const message = messageOf(reply);
    expectWithinLimits(message);
    expect(reply.path).toBe(`/channels/${CHANNEL_ID}/messages`);
    expect(message.message_reference).toMatchObject({ message_id: question.id });
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(message.embeds?.[0]?.title).toBe("why does Russia back Assad?");
    expect(embedText(message)).toContain("Assad");
  });

  it("helps when the mention carries no question", async () => {
    const reply = (await send(
      userMessage(`<@${BOT_USER.id}>`, user(2), {}, [BOT_USER]),
    )) as RecordedRequest;
    expect(messageOf(reply).content).toContain("Ask me a question about the article");
  });

  it("ignores messages that do not mention it", async () => {
    expect(await send(userMessage("why does Russia back Assad?", user(3)), false)).toBeUndefined();
  });

  it("ignores other bots, even when they mention it", async () => {
    expect(
      await send(
        userMessage(`<@${BOT_USER.id}> who is Putin?`, ANOTHER_BOT, {}, [BOT_USER]),
        false,
      ),
    ).toBeUndefined();
  });

  it("ignores its own messages", async () => {
    expect(
      await send(userMessage(`<@${BOT_USER.id}> who is Putin?`, BOT_USER, {}, [BOT_USER]), false),
    ).toBeUndefined();
  });
});

describe("direct messages", () => {
  it("answers a DM without any mention", async () => {
    const reply = (await send(
      userMessage("Who is Lavrov?", user(4), { dm: true }),
    )) as RecordedRequest;
    expect(reply.path).toBe(`/channels/${DM_CHANNEL_ID}/messages`);
    expect(embedText(messageOf(reply))).toContain("polycentric architecture");
  });
});

describe("message menu “Ask the article”", () => {
  it("answers the chosen message's text, privately", async () => {
    const target = userMessage("What did Khamenei claim about the United States?", OTHER_USER);
    const callback = await bot.interact(messageCommand("Ask the article", target, user(5)));
    const message = messageOf(callback);
    expect(message.flags).toBe(EPHEMERAL);
    expect(embedText(message)).toContain("long-term plan of the United States");
    expectWithinLimits(message);
  });

  it("says so when the message has no text", async () => {
    const callback = await bot.interact(
      messageCommand("Ask the article", userMessage("", OTHER_USER), user(6)),
    );
    expect(messageOf(callback).content).toBe("That message has no text to ask about.");
  });
});

describe("cooldown", () => {
  it("tells a user who asks too fast when to try again, privately", async () => {
    const ask = () =>
      bot.interact(
        chatInput(
          "ask",
          [{ name: "question", type: OPTION.string, value: "Who is Putin?" }],
          user(7),
        ),
      );
    await ask();
    await ask();
    const third = messageOf(await ask());
    expect(third.flags).toBe(EPHEMERAL);
    expect(third.content).toMatch(/^You're asking quickly — try again in \d+ s\.$/);
  });

  it("applies to mentions too", async () => {
    const mention = () =>
      send(userMessage(`<@${BOT_USER.id}> who is Putin?`, user(8), {}, [BOT_USER]));
    await mention();
    await mention();
    const third = (await mention()) as RecordedRequest;
    expect(messageOf(third).content).toMatch(/try again in \d+ s/);
  });
});

describe("errors inside a handler", () => {
  it("apologise privately, log the detail, and keep the bot answering", async () => {
    const engine = bot.context.engine;
    const original = engine.answer;
    engine.answer = () => {
      throw new Error("index exploded");
    };
    try {
      const callback = await bot.interact(
        chatInput(
          "ask",
          [{ name: "question", type: OPTION.string, value: "Who is Putin?" }],
          user(9),
        ),
      );
      expect(messageOf(callback)).toMatchObject({
        content: "Sorry, something went wrong while answering. Please try again.",
        flags: EPHEMERAL,
      });
    } finally {
      engine.answer = original;
    }
    await bot.fake.until(
      () => bot.logs.some((line) => line.event === "interaction_failed"),
      2000,
      "the failure to be logged",
    );
    const failure = bot.logs.find((line) => line.event === "interaction_failed") as {
      error: { message: string };
    };
    expect(failure.error.message).toBe("index exploded");
    const after = await bot.interact(
      chatInput(
        "ask",
        [{ name: "question", type: OPTION.string, value: "Who is Putin?" }],
        user(10),
      ),
    );
    expect(messageOf(after).embeds?.length).toBe(1);
  });
});

describe("logs", () => {
  it("never contain the token", () => {
    expect(bot.rawLogs.length).toBeGreaterThan(5);
    for (const line of bot.rawLogs) expect(line).not.toContain(bot.fake.token);
  });

  it("carry one line per question asked by message, with its outcome", () => {
    const lines = bot.logs.filter(
      (line) => line.event === "interaction" && (line.kind === "mention" || line.kind === "dm"),
    );
    expect(lines.map((line) => line.outcome)).toEqual(
      expect.arrayContaining(["answered", "help", "rate-limited"]),
    );
    for (const line of lines) expect(typeof line.latencyMs).toBe("number");
  });
});
