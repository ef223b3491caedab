import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordedRequest } from "../fake-discord/fake-discord.ts";
import { MESSAGE_CONTENT_INTENT } from "../fake-discord/fake-discord.ts";
import type { Harness } from "../fake-discord/harness.ts";
import { startBot } from "../fake-discord/harness.ts";
import {
  ANOTHER_BOT,
  BOT_USER,
  CHANNEL_ID,
  chatInput,
  GUILD_ID,
  OPTION,
  OTHER_USER,
  SECOND_CHANNEL_ID,
  SECOND_GUILD_ID,
  userMessage,
} from "../fake-discord/payloads.ts";
import { embedText, expectWithinLimits, messageOf } from "./expect-payload.ts";

type UserMessage = ReturnType<typeof userMessage>;

/** A member of its own, so each test has its own rate-limit budget. */
const member = (n: number) => ({
  ...OTHER_USER,
  id: `2000000000000002${String(n).padStart(2, "0")}`,
  username: `member${n}`,
});

/** Posts `message` through the gateway, in its server. */
function post(bot: Harness, message: UserMessage): void {
  const guildId = "guild_id" in message ? (message.guild_id as string) : undefined;
  bot.fake.dispatch("MESSAGE_CREATE", message, guildId);
}

/** Resolves with the bot's log line saying what became of message `id`. */
function outcomeOf(bot: Harness, id: string): Promise<Record<string, unknown>> {
  return bot.fake.until(
    () => bot.logs.find((line) => line.message === id),
    5000,
    `the outcome of message ${id}`,
  );
}

/** Requests the bot made about a message or thread `id`, or in channel `id`. */
function requestsAbout(bot: Harness, id: string): RecordedRequest[] {
  return bot.fake.requests.filter((request) => request.path.includes(id));
}

/** The answer the bot posted in thread `threadId`, once it arrives. */
function answerIn(bot: Harness, threadId: string, after = 0): Promise<RecordedRequest> {
  return bot.fake.waitForRequest(
    (request) =>
      request.method === "POST" &&
      request.path === `/channels/${threadId}/messages` &&
      bot.fake.requests.indexOf(request) >= after,
  );
}

describe("an ask channel", () => {
  let bot: Harness;
  beforeAll(async () => {
    bot = await startBot({
      config: {
        askChannelIds: [CHANNEL_ID],
        cooldown: { maxQuestions: 3, windowSeconds: 60 },
      },
    });
  });
  afterAll(async () => bot?.stop());

  it("asks Discord for Message Content, which reading every message needs", () => {
    expect(
      bot.fake.identifies.map((identify) => identify.intents & MESSAGE_CONTENT_INTENT),
    ).toEqual([MESSAGE_CONTENT_INTENT]);
  });

  let question: UserMessage;
  it("answers a question in a public thread started on it, named after it, with /ask's reply", async () => {
    question = userMessage("Why does Russia back Assad?", member(1));
    post(bot, question);
    const answer = messageOf(await answerIn(bot, question.id));
    const starts = bot.fake.requests.filter((request) => request.path.endsWith("/threads"));
    expect(starts.map((request) => [request.path, request.body])).toMatchObject([
      [
        `/channels/${CHANNEL_ID}/messages/${question.id}/threads`,
        { name: "Why does Russia back Assad?" },
      ],
    ]);
    expect(bot.fake.threads.get(question.id)).toMatchObject({
      parent_id: CHANNEL_ID,
      owner_id: BOT_USER.id,
    });
    expectWithinLimits(answer);
    expect(answer.embeds?.[0]?.title).toBe("Why does Russia back Assad?");
    expect(embedText(answer)).toContain("Assad");
    expect(answer.components?.[0]?.components.map((button) => button.label)).toEqual([
      "More",
      "Context",
      "Source",
    ]);
    expect(await outcomeOf(bot, question.id)).toMatchObject({
      event: "interaction",
      kind: "ask-channel",
      outcome: "answered",
    });
  });

  it("answers a follow-up in the thread with the thread's question in mind", async () => {
    const before = bot.fake.requests.length;
    const followUp = userMessage("and what about lavrov?", member(1), {
      channelId: question.id,
      thread: true,
    });
    post(bot, followUp);
    const reply = await answerIn(bot, question.id, before);
    const answer = messageOf(reply);
    expect(answer.message_reference).toMatchObject({ message_id: followUp.id });
    expect(answer.embeds?.[0]?.description?.split("**2.**")[0]).toContain("Lavrov");
    expectWithinLimits(answer);
    // The thread's question is read from Discord: its starter message.
    expect(
      bot.fake.requests.some(
        (request) =>
          request.method === "GET" &&
          request.path === `/channels/${CHANNEL_ID}/messages/${question.id}`,
      ),
    ).toBe(true);
    expect(await outcomeOf(bot, followUp.id)).toMatchObject({
      kind: "ask-thread",
      outcome: "answered",
    });
  });

  it("reads a short follow-up that names nothing (“why tho”) as the thread's question", async () => {
    const before = bot.fake.requests.length;
    const followUp = userMessage("why tho", member(2), { channelId: question.id, thread: true });
    post(bot, followUp);
    expect(embedText(messageOf(await answerIn(bot, question.id, before)))).toContain("Assad");
  });

  it("says nothing to “thanks!”, “lol” or “ok 👍”, in the channel or the thread, nor to an image alone", async () => {
    const remarks = [
      userMessage("thanks!", member(3)),
      userMessage("lol", member(3)),
      userMessage("ok 👍", member(3)),
      userMessage("", member(3)),
      userMessage("thanks!", member(3), { channelId: question.id, thread: true }),
    ];
    for (const remark of remarks) post(bot, remark);
    for (const remark of remarks) {
      expect(await outcomeOf(bot, remark.id)).toMatchObject({ outcome: "not-a-question" });
      expect(requestsAbout(bot, remark.id)).toEqual([]);
    }
  });

  it("answers a message once, even when Discord delivers it again after a resume", async () => {
    const asked = userMessage("What is BRICS?", member(4));
    post(bot, asked);
    await answerIn(bot, asked.id);
    bot.fake.closeSockets(1006);
    await bot.fake.until(() => bot.fake.resumes.length === 1, 10_000, "a resume");
    post(bot, asked);
    await bot.fake.until(
      () => bot.logs.find((line) => line.event === "message_repeated" && line.message === asked.id),
      5000,
      "the repeat to be noticed",
    );
    expect(
      requestsAbout(bot, asked.id).filter((request) => request.method === "POST"),
    ).toHaveLength(2);
  });

  it("ignores edits and deletions of a question", async () => {
    bot.fake.dispatch(
      "MESSAGE_UPDATE",
      { ...question, content: "Who is Khamenei?", edited_timestamp: new Date().toISOString() },
      GUILD_ID,
    );
    bot.fake.dispatch(
      "MESSAGE_DELETE",
      { id: question.id, channel_id: CHANNEL_ID, guild_id: GUILD_ID },
      GUILD_ID,
    );
    const later = userMessage("Who is Khamenei?", member(6));
    post(bot, later);
    await answerIn(bot, later.id);
    expect(
      requestsAbout(bot, question.id).filter((request) => request.path.endsWith("/threads")),
    ).toHaveLength(1);
  });

  it("ignores a message in another channel unless it mentions the bot", async () => {
    const where = { guildId: SECOND_GUILD_ID, channelId: SECOND_CHANNEL_ID };
    const plain = userMessage("Why does Russia back Assad?", member(7), where);
    const mention = userMessage(`<@${BOT_USER.id}> Why does Russia back Assad?`, member(7), where, [
      BOT_USER,
    ]);
    post(bot, plain);
    post(bot, mention);
    const reply = await bot.fake.waitForRequest(
      (request) =>
        request.method === "POST" && request.path === `/channels/${SECOND_CHANNEL_ID}/messages`,
    );
    expect(messageOf(reply).message_reference).toMatchObject({ message_id: mention.id });
    expect(requestsAbout(bot, plain.id)).toEqual([]);
    expect(bot.fake.threads.has(mention.id)).toBe(false);
  });

  it("ignores other bots", async () => {
    const fromBot = userMessage("Why does Russia back Assad?", ANOTHER_BOT);
    const after = userMessage("Who is Lavrov?", member(8));
    post(bot, fromBot);
    post(bot, after);
    await answerIn(bot, after.id);
    expect(requestsAbout(bot, fromBot.id)).toEqual([]);
  });

  it("counts questions against the rate limit, and says “slow down” once in the channel", async () => {
    const asker = member(9);
    const questions = ["Who is Putin?", "Who is Lavrov?", "What is BRICS?", "Who is Assad?"].map(
      (text) => userMessage(text, asker),
    );
    for (const asked of questions) post(bot, asked);
    const outcomes = await Promise.all(questions.map((asked) => outcomeOf(bot, asked.id)));
    expect(outcomes.map((line) => line.outcome)).toEqual([
      "answered",
      "answered",
      "answered",
      "rate-limited",
    ]);
    const notice = bot.fake.requests.find(
      (request) =>
        request.path === `/channels/${CHANNEL_ID}/messages` &&
        messageOf(request).message_reference?.message_id === questions[3]?.id,
    ) as RecordedRequest;
    expect(messageOf(notice).content).toMatch(/try again in \d+ s/);
  });
});

describe("an ask channel where the bot may not start threads", () => {
  let bot: Harness;
  beforeAll(async () => {
    bot = await startBot({
      fake: { threadsAllowed: false },
      config: { askChannelIds: [CHANNEL_ID] },
    });
  });
  afterAll(async () => bot?.stop());

  it("answers as a reply in the channel, and logs once what permissions to give", async () => {
    for (const text of ["Why does Russia back Assad?", "Who is Lavrov?"]) {
      const asked = userMessage(text, member(20));
      post(bot, asked);
      const reply = await bot.fake.waitForRequest(
        (request) =>
          request.method === "POST" &&
          request.path === `/channels/${CHANNEL_ID}/messages` &&
          messageOf(request).message_reference?.message_id === asked.id,
      );
      expect(messageOf(reply).embeds?.[0]?.title).toBe(text);
      expectWithinLimits(messageOf(reply));
    }
    const warnings = bot.logs.filter((line) => line.event === "ask_channel_without_threads");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.fix).toContain("Create Public Threads and Send Messages in Threads");
    // Refused once, the channel is not asked again for a while.
    expect(bot.fake.requests.filter((request) => request.path.endsWith("/threads"))).toHaveLength(
      1,
    );
  });
});

describe("when Discord refuses the Message Content intent", () => {
  let bot: Harness;
  beforeAll(async () => {
    bot = await startBot({
      fake: { messageContentAllowed: false },
      config: { askChannelIds: [CHANNEL_ID] },
    });
  });
  afterAll(async () => bot?.stop());

  it("says in one line what to switch on, and connects without it", () => {
    expect(
      bot.fake.identifies.map((identify) => (identify.intents & MESSAGE_CONTENT_INTENT) !== 0),
    ).toEqual([true, false]);
    const lines = bot.logs.filter((line) => line.event === "message_content_refused");
    expect(lines).toHaveLength(1);
    expect(lines[0]?.fix).toContain(
      "Developer Portal → your application → Bot → Privileged Gateway Intents → Message Content Intent",
    );
  });

  it("still answers slash commands", async () => {
    const callback = await bot.interact(
      chatInput(
        "ask",
        [{ name: "question", type: OPTION.string, value: "Who is Lavrov?" }],
        member(30),
      ),
    );
    expect(embedText(messageOf(callback))).toContain("polycentric architecture");
  });

  it("still answers mentions", async () => {
    const where = { guildId: SECOND_GUILD_ID, channelId: SECOND_CHANNEL_ID };
    const mention = userMessage(`<@${BOT_USER.id}> Who is Lavrov?`, member(31), where, [BOT_USER]);
    post(bot, mention);
    const reply = await bot.fake.waitForRequest(
      (request) =>
        request.method === "POST" && request.path === `/channels/${SECOND_CHANNEL_ID}/messages`,
    );
    expect(embedText(messageOf(reply))).toContain("polycentric architecture");
  });
});

describe("without ask channels", () => {
  it("asks for no privileged intent", async () => {
    const bot = await startBot();
    try {
      expect(
        bot.fake.identifies.map((identify) => identify.intents & MESSAGE_CONTENT_INTENT),
      ).toEqual([0]);
    } finally {
      await bot.stop();
    }
  });
});
