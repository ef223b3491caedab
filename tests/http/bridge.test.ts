/**
 * The bridge between raw interactions and the gateway bot's handlers, with
 * the real discord.js client (never logged in): one answer per interaction
 * id, and interactions discord.js has no class for are not answered.
 */
import { afterAll, describe, expect, it } from "vitest";
import { readConfig } from "../../src/bot/config.ts";
import { createBot } from "../../src/bot/create-bot.ts";
import { InteractionBridge } from "../../src/http/interaction-bridge.ts";
import { createLogger } from "../../src/runtime/logger.ts";
import { chatInput, OPTION, user } from "../fake-discord/payloads.ts";
import { ARTICLE_DIR, article } from "../helpers.ts";

const bridge = new InteractionBridge();
const bot = createBot({
  config: readConfig({ CONTENT_DIR: ARTICLE_DIR }, { token: false }),
  engine: article(),
  logger: createLogger("error", [], () => undefined),
  clientOptions: { rest: { makeRequest: bridge.makeRequest } },
});
bridge.attach(bot.client);
afterAll(() => bot.stop(10));

const ask = (who: string) =>
  chatInput(
    "ask",
    [{ name: "question", type: OPTION.string, value: "Who backs Assad?" }],
    user(who, "reader"),
  );

describe("InteractionBridge", () => {
  it("answers an interaction once; the same id again while it is in flight is a duplicate", async () => {
    const raw = ask("240000000000000001");
    const [first, second] = await Promise.all([bridge.answer(raw), bridge.answer(raw)]);
    expect(first).toMatchObject({ kind: "answered", response: { type: 4 } });
    expect(second).toEqual({ kind: "duplicate" });
  });

  it("answers the same id again once the first answer is out (Discord never resends one)", async () => {
    const raw = ask("240000000000000002");
    expect(await bridge.answer(raw)).toMatchObject({ kind: "answered" });
    expect(await bridge.answer(raw)).toMatchObject({ kind: "answered" });
  });

  it("says an interaction of a type discord.js does not know is unsupported, and answers nothing", async () => {
    const raw = { ...ask("240000000000000003"), type: 99 };
    expect(await bridge.answer(raw)).toEqual({ kind: "unsupported" });
  });
});
