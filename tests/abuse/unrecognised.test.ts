/**
 * Interactions the bot has no handler for, through the real client and the
 * fake Discord: each gets exactly one private "not recognised" reply, so
 * nobody is left with "This interaction failed".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOT_RECOGNISED } from "../../src/bot/handlers/interactions.ts";
import { messageOf } from "../bot/expect-payload.ts";
import type { Harness } from "../fake-discord/harness.ts";
import { startBot } from "../fake-discord/harness.ts";
import {
  botMessage,
  buttonClick,
  chatInput,
  modalSubmit,
  OTHER_USER,
  selectMenuChoice,
  userCommand,
} from "../fake-discord/payloads.ts";

let bot: Harness;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => bot?.stop());

const cases: [string, () => { id: string; token: string }][] = [
  ["a button with an unknown id", () => buttonClick("vote:yes", botMessage({}))],
  [
    "a button in a format the bot no longer uses",
    () => buttonClick("answer:more:3Fx9aB", botMessage({})),
  ],
  ["a select menu", () => selectMenuChoice("pick", botMessage({}))],
  ["a modal", () => modalSubmit("feedback")],
  ["a user context menu", () => userCommand("Ask about this user", OTHER_USER)],
  ["a slash command the bot does not have", () => chatInput("remind")],
];

describe("every interaction gets an answer", () => {
  for (const [what, make] of cases) {
    it(`${what} gets a private "not recognised" reply`, async () => {
      const interaction = make();
      const callback = await bot.interact(interaction);
      expect((callback.body as { type: number }).type).toBe(4);
      expect(messageOf(callback).content).toBe(NOT_RECOGNISED);
      expect(messageOf(callback).flags).toBe(64);
      expect(bot.fake.callbacksFor(interaction.id)).toHaveLength(1);
    });
  }
});
