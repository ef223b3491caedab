import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.ts";
import { run } from "../cli/run-command.ts";
import type { Harness } from "../fake-discord/harness.ts";
import { startBot } from "../fake-discord/harness.ts";
import {
  ASKER,
  BOT_USER,
  botMessage,
  buttonClick,
  chatInput,
  messageCommand,
  OPTION,
  OTHER_USER,
  SECOND_GUILD_ID,
  userMessage,
} from "../fake-discord/payloads.ts";
import { buttonsOf, expectWithinLimits, messageOf, type SentMessage } from "./expect-payload.ts";

const EPHEMERAL = 64;
/** Discord's Manage Server permission bit. */
const MANAGE_GUILD = 1n << 5n;
const ANSWERED = "Why is Tehran a useful ally for Moscow?";
const DECLINED = "What does the tsar want in Syria?";

const dataDir = mkdtempSync(join(tmpdir(), "qa-feedback-"));
let bot: Harness;

const start = async () => startBot({ store: await openStore({ dataDir }) });
const ask = (text: string, who = ASKER) =>
  chatInput("ask", [{ name: "question", type: OPTION.string, value: text }], who);

/** `payload` sent by a member who has the Manage Server permission. */
function asAdmin<T extends { member?: { permissions: string } }>(payload: T): T {
  const member = payload.member as { permissions: string };
  member.permissions = String(BigInt(member.permissions) | MANAGE_GUILD);
  return payload;
}

const report = (fields: { days?: number; where?: { guildId?: string } } = {}) =>
  chatInput(
    "report",
    fields.days ? [{ name: "days", type: 4, value: fields.days }] : [],
    ASKER,
    fields.where ?? {},
  );

const idsOf = (message: SentMessage) =>
  Object.fromEntries(buttonsOf(message).map((button) => [button.label, button.custom_id]));

const privateText = async (payload: { id: string; token: string; guild_id?: string }) => {
  const reply = messageOf(await bot.interact(payload));
  expect(reply.flags).toBe(EPHEMERAL);
  return `${reply.content ?? ""}${(reply.embeds ?? []).map((embed) => JSON.stringify(embed)).join("")}`;
};

beforeAll(async () => {
  bot = await start();
});
afterAll(async () => bot?.stop());

describe("feedback on answers, kept across a restart", () => {
  let answer: SentMessage;

  it("puts Helpful and Not helpful beside More, Context and Source, within Discord's limits", async () => {
    answer = messageOf(await bot.interact(ask(ANSWERED)));
    expectWithinLimits(answer);
    expect(buttonsOf(answer).map((button) => button.label)).toEqual([
      "More",
      "Context",
      "Source",
      "Helpful",
      "Not helpful",
    ]);
    for (const button of buttonsOf(answer))
      expect((button.custom_id ?? "").length).toBeLessThanOrEqual(100);
  });

  it("acknowledges a vote privately, changes it on the other button, and counts a second member's", async () => {
    const ids = idsOf(answer);
    const message = botMessage(answer);
    expect(await privateText(buttonClick(ids.Helpful as string, message))).toMatch(
      /rated this answer \*\*helpful\*\*/,
    );
    expect(await privateText(buttonClick(ids.Helpful as string, message))).toMatch(/already/);
    expect(await privateText(buttonClick(ids["Not helpful"] as string, message))).toMatch(
      /Changed: your vote is now \*\*not helpful\*\*/,
    );
    expect(await privateText(buttonClick(ids.Helpful as string, message, OTHER_USER))).toMatch(
      /rated this answer \*\*helpful\*\*/,
    );
  });

  it("keeps the feedback buttons when the asker pages on with More", async () => {
    const many = messageOf(await bot.interact(ask("Russia and Iran")));
    const ids = idsOf(many);
    const next = messageOf(await bot.interact(buttonClick(ids.More as string, botMessage(many))));
    expect(idsOf(next).Helpful).toBe(ids.Helpful);
  });

  it("offers no vote on a declined question, which the report lists with the words it lacked", async () => {
    const declined = messageOf(await bot.interact(ask(DECLINED)));
    expect(declined.components).toEqual([]);
  });

  it("after a restart, the terminal report shows the questions with their outcomes and votes", async () => {
    await bot.stop();
    bot = await start();
    const { stdout, stderr, code } = await run(
      "npm",
      ["run", "--silent", "report", "--", "--json"],
      "",
      { DATA_DIR: dataDir, DATABASE_URL: "" },
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as {
      questions: {
        question: string;
        asked: number;
        outcome: string;
        helpful: number;
        notHelpful: number;
      }[];
      unknownWords: { word: string; count: number }[];
    };
    expect(printed.questions).toContainEqual({
      question: ANSWERED,
      asked: 1,
      outcome: "answered",
      helpful: 1,
      notHelpful: 1,
    });
    expect(printed.questions).toContainEqual({
      question: DECLINED,
      asked: 1,
      outcome: "declined",
      helpful: 0,
      notHelpful: 0,
    });
    expect(printed.unknownWords).toContainEqual({ word: "tsar", count: 1 });
  });

  it("/report shows the same to a member with Manage Server, privately", async () => {
    const text = await privateText(asAdmin(report()));
    expect(text).toContain("Why is Tehran a useful ally for Moscow?");
    expect(text).toContain("answered · 1 helpful, 1 not helpful");
    expect(text).toContain("What does the tsar want in Syria? — declined");
    expect(text).toContain("`tsar` ×1");
  });

  it("/report refuses a member without Manage Server, privately", async () => {
    expect(await privateText(report())).toContain("Only members with the Manage Server permission");
  });

  it("/report in another server shows none of this server's questions", async () => {
    const text = await privateText(asAdmin(report({ where: { guildId: SECOND_GUILD_ID } })));
    expect(text).toContain("No questions were asked in this server");
    expect(text).not.toContain("Tehran");
  });

  it("/forget-me erases the member's questions and votes, privately confirmed", async () => {
    expect(await privateText(chatInput("forget-me"))).toMatch(
      /erased 3 questions you asked and 1 vote you cast/,
    );
    const text = await privateText(asAdmin(report()));
    expect(text).toContain("No questions were asked in this server");
  });

  it("registers /report for Manage Server only", async () => {
    const { commandDefinitions } = await import("../../src/bot/commands/index.ts");
    const definition = commandDefinitions().find((command) => command.name === "report") as {
      default_member_permissions?: string;
    };
    expect(definition.default_member_permissions).toBe(String(MANAGE_GUILD));
  });
});

describe("every way of asking", () => {
  /** Sends `message` through the gateway and resolves with the bot's reply in its channel. */
  async function replyTo(message: ReturnType<typeof userMessage>): Promise<SentMessage> {
    const before = bot.fake.requests.length;
    const guildId = "guild_id" in message ? (message.guild_id as string) : undefined;
    bot.fake.dispatch("MESSAGE_CREATE", message, guildId);
    const reply = await bot.fake.waitForRequest(
      (request) =>
        request.method === "POST" &&
        request.path === `/channels/${message.channel_id}/messages` &&
        bot.fake.requests.indexOf(request) >= before,
    );
    return messageOf(reply);
  }
  const labels = (message: SentMessage) => buttonsOf(message).map((button) => button.label);

  it("puts the feedback buttons under answers to mentions, DMs and the message menu", async () => {
    const mention = userMessage(`<@${BOT_USER.id}> who is Lavrov?`, OTHER_USER, {}, [BOT_USER]);
    expect(labels(await replyTo(mention))).toContain("Not helpful");
    const dm = userMessage("Who is Lavrov?", OTHER_USER, { dm: true });
    expect(labels(await replyTo(dm))).toContain("Not helpful");
    const target = userMessage("What did Khamenei claim about the United States?", OTHER_USER);
    const menu = messageOf(await bot.interact(messageCommand("Ask the article", target)));
    expect(labels(menu)).toEqual(["More", "Context", "Source", "Helpful", "Not helpful"]);
  });
});

describe("a vote on an answer the bot no longer holds", () => {
  it("is answered privately, saying so", async () => {
    const stale = `qf1:h:${(10n ** 18n).toString(36)}`;
    const text = await privateText(
      buttonClick(stale, botMessage({ embeds: [], components: [] }), OTHER_USER),
    );
    expect(text).toContain("no longer on record");
  });
});
