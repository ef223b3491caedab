import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replyToQuestion } from "../../src/bot/answering.ts";
import { createLogger } from "../../src/bot/logger.ts";
import { readHttpConfig } from "../../src/http/config.ts";
import type { HttpBot } from "../../src/http/http-bot.ts";
import { createHttpBot } from "../../src/http/http-bot.ts";
import { ASKER, chatInput, OPTION } from "../fake-discord/payloads.ts";
import { ARTICLE_DIR, article } from "../helpers.ts";
import { keyPair, postSigned } from "./signed-requests.ts";

const keys = keyPair();
const logLines: Record<string, unknown>[] = [];
let httpBot: HttpBot;
let baseUrl: string;

beforeAll(async () => {
  const config = readHttpConfig({
    DISCORD_PUBLIC_KEY: keys.publicHex,
    PORT: "0",
    CONTENT_DIR: ARTICLE_DIR,
  });
  const logger = createLogger("debug", [], (line) => logLines.push(JSON.parse(line)));
  httpBot = createHttpBot({ config, engine: article(), logger });
  baseUrl = `http://127.0.0.1:${await httpBot.listen()}`;
});
afterAll(() => httpBot.stop(100));

describe("POST /interactions", () => {
  it("answers /ask inline with the gateway bot's reply", async () => {
    const question = "Why does Russia back Assad?";
    const reply = await postSigned(
      baseUrl,
      keys.privateKey,
      chatInput("ask", [{ name: "question", type: OPTION.string, value: question }]),
    );
    expect(reply.status).toBe(200);
    expect(reply.body.type).toBe(4);
    const expected = replyToQuestion(httpBot.bot.context, {
      question,
      askerId: ASKER.id,
      ephemeral: false,
    }).payload;
    console.log(JSON.stringify(reply.body).slice(0, 800));
    expect(reply.body.data).toMatchObject({ embeds: expected.embeds });
  });
});
