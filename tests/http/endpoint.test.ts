/**
 * The HTTP endpoint with the real discord.js handlers behind it, over real
 * HTTP on 127.0.0.1, with requests signed by a key pair made here: every
 * kind of interaction gets the answer the reply builders make for the
 * gateway bot, and every refused request gets its status and nothing else.
 */
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replyToQuestion } from "../../src/bot/answering.ts";
import { NOT_RECOGNISED } from "../../src/bot/handlers/interactions.ts";
import { buildAboutReply } from "../../src/bot/replies/about-reply.ts";
import { slowDownNotice } from "../../src/bot/replies/notices.ts";
import { buildQuoteReply } from "../../src/bot/replies/quote-reply.ts";
import { PAGE_SIZE } from "../../src/core/answer.ts";
import { searchQuotations } from "../../src/core/speech/quotations.ts";
import { readHttpConfig } from "../../src/http/config.ts";
import type { HttpBot } from "../../src/http/http-bot.ts";
import { createHttpBot } from "../../src/http/http-bot.ts";
import { MAX_BODY_BYTES } from "../../src/http/server.ts";
import { createLogger } from "../../src/runtime/logger.ts";
import { VERSION } from "../../src/runtime/version.ts";
import {
  ASKER,
  autocomplete,
  botMessage,
  buttonClick,
  chatInput,
  messageCommand,
  modalSubmit,
  OPTION,
  OTHER_USER,
  selectMenuChoice,
  user,
  userMessage,
} from "../fake-discord/payloads.ts";
import { ARTICLE_DIR, article } from "../helpers.ts";
import type { Reply } from "./signed-requests.ts";
import { keyPair, postSigned, send, signatureHeaders } from "./signed-requests.ts";

const EPHEMERAL = 64;
const QUESTION = "Why does Russia back Assad?";
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

const context = () => httpBot.bot.context;
const ask = (
  question: string,
  who = ASKER,
  extra: { name: string; type: number; value: string | boolean }[] = [],
) => chatInput("ask", [{ name: "question", type: OPTION.string, value: question }, ...extra], who);
let userCount = 0;
/** A user of their own for each request group, so the rate limit of one never reaches another. */
const freshUser = () => {
  userCount += 1;
  return user(`21${String(userCount).padStart(16, "0")}`, `reader${userCount}`);
};
/** The interactions the bot's handlers have seen so far (each logs one line). */
const handled = () => logLines.filter((line) => line.event === "interaction").length;

describe("answers", () => {
  it("PING with PONG, without a handler", async () => {
    const before = handled();
    const reply = await postSigned(baseUrl, keys.privateKey, { id: "400000000000000001", type: 1 });
    expect(reply).toEqual({ status: 200, body: { type: 1 } });
    expect(handled()).toBe(before);
  });

  it("/ask in the channel, with the gateway bot's answer", async () => {
    const asker = freshUser();
    const reply = await postSigned(baseUrl, keys.privateKey, ask(QUESTION, asker));
    const expected = replyToQuestion(context(), {
      question: QUESTION,
      askerId: asker.id,
      ephemeral: false,
    });
    expect(reply.status).toBe(200);
    expect(reply.body.type).toBe(4);
    expect(reply.body.data).toMatchObject({
      embeds: expected.payload.embeds,
      components: expected.payload.components,
      allowed_mentions: { parse: [] },
    });
    expect((reply.body.data as { flags?: number }).flags ?? 0).toBe(0);
  });

  it("/ask hide:true privately", async () => {
    const reply = await postSigned(
      baseUrl,
      keys.privateKey,
      ask(QUESTION, freshUser(), [{ name: "hide", type: OPTION.boolean, value: true }]),
    );
    expect(reply.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
  });

  it("/quote and /about with their builders' replies", async () => {
    // A word of the article's first quotation, so there is something to find.
    const search =
      context()
        .quotations[0]?.text.split(/\W+/)
        .find((word) => word.length > 5) ?? "";
    const quote = await postSigned(
      baseUrl,
      keys.privateKey,
      chatInput("quote", [{ name: "search", type: OPTION.string, value: search }], freshUser()),
    );
    const found = searchQuotations(context().quotations, search, "");
    expect(found.length).toBeGreaterThan(0);
    const expectedQuote = buildQuoteReply(found, context().catalog, {
      search,
      speaker: "",
    });
    expect(quote.body).toMatchObject({ type: 4, data: { embeds: expectedQuote.embeds } });

    const about = await postSigned(baseUrl, keys.privateKey, chatInput("about", [], freshUser()));
    const expectedAbout = buildAboutReply({
      documents: [...context().catalog.values()],
      passageCount: context().engine.passages.length,
      quotationCount: context().quotations.length,
      version: VERSION,
    });
    expect(about.body).toMatchObject({ type: 4, data: { embeds: expectedAbout.embeds } });
  });

  it("autocomplete with choices (type 8), what was typed first", async () => {
    const typed = "Russia Iran";
    const reply = await postSigned(
      baseUrl,
      keys.privateKey,
      autocomplete("ask", [{ name: "question", type: OPTION.string, value: typed, focused: true }]),
    );
    expect(reply.body.type).toBe(8);
    const choices = (reply.body.data as { choices: { name: string; value: string }[] }).choices;
    expect(choices.length).toBeGreaterThan(1);
    expect(choices[0]).toEqual({ name: typed, value: typed });
  });

  it("the message menu privately, the message's text as the question", async () => {
    const target = userMessage(QUESTION, OTHER_USER);
    const asker = freshUser();
    const reply = await postSigned(
      baseUrl,
      keys.privateKey,
      messageCommand("Ask the article", target, asker),
    );
    const expected = replyToQuestion(context(), {
      question: QUESTION,
      askerId: asker.id,
      ephemeral: true,
    });
    expect(reply.body).toMatchObject({
      type: 4,
      data: { flags: EPHEMERAL, embeds: expected.payload.embeds },
    });
  });

  it("More in place (type 7) with the next page, and Context privately", async () => {
    const asker = freshUser();
    const first = await postSigned(baseUrl, keys.privateKey, ask(QUESTION, asker));
    const data = first.body.data as {
      embeds: unknown[];
      components: { components: { custom_id: string }[] }[];
    };
    const [moreId, contextId] = (data.components[0]?.components ?? []).map(
      (button) => button.custom_id,
    );
    const message = botMessage({ embeds: data.embeds, components: data.components });

    const more = await postSigned(
      baseUrl,
      keys.privateKey,
      buttonClick(moreId as string, message, asker),
    );
    // The next page starts where the engine says the first one ended.
    const { nextOffset } = context().engine.answer(QUESTION, { limit: PAGE_SIZE });
    const nextPage = replyToQuestion(context(), {
      question: QUESTION,
      askerId: asker.id,
      ephemeral: false,
      offset: nextOffset,
    });
    expect(more.body).toMatchObject({ type: 7, data: { embeds: nextPage.payload.embeds } });

    const around = await postSigned(
      baseUrl,
      keys.privateKey,
      buttonClick(contextId as string, message, asker),
    );
    expect(around.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(JSON.stringify(around.body)).not.toContain(NOT_RECOGNISED);
  });

  it("unknown buttons, select menus and modals privately, as not recognised", async () => {
    const message = botMessage({ content: "old" });
    for (const interaction of [
      buttonClick("legacy:button", message, freshUser()),
      selectMenuChoice("legacy:menu", message, freshUser()),
      modalSubmit("legacy:modal", freshUser()),
      chatInput("retired", [], freshUser()),
    ]) {
      const reply = await postSigned(baseUrl, keys.privateKey, interaction);
      expect(reply.body).toMatchObject({
        type: 4,
        data: { content: NOT_RECOGNISED, flags: EPHEMERAL },
      });
    }
  });

  it("the same rate limit as the gateway bot: the sixth question in a window is told to slow down", async () => {
    const hasty = freshUser();
    const replies: Reply[] = [];
    for (let i = 0; i < 6; i += 1)
      replies.push(await postSigned(baseUrl, keys.privateKey, ask(QUESTION, hasty)));
    for (const reply of replies.slice(0, 5))
      expect((reply.body.data as { embeds: unknown[] }).embeds.length).toBe(1);
    expect(replies[5]?.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    const notice = slowDownNotice(1).content?.replace(/\d+ s\.$/, "") ?? "";
    const refused = replies[5]?.body.data as { content?: string } | undefined;
    expect(refused?.content?.startsWith(notice)).toBe(true);
  });
});

describe("many people", () => {
  it("answers more people than discord.js keeps in its user cache", async () => {
    // The caches hold 100 users and members; the 101st must not break the client.
    const statuses = new Set<number>();
    for (let i = 0; i < 120; i += 1) {
      const reply = await postSigned(baseUrl, keys.privateKey, chatInput("about", [], freshUser()));
      statuses.add(reply.status);
    }
    expect([...statuses]).toEqual([200]);
  });

  it("keeps no channel in memory after answering, however many DMs and channels ask", async () => {
    for (let i = 0; i < 30; i += 1) {
      const dm = { dm: true, channelId: `3100000000000000${String(i).padStart(2, "0")}` };
      const guild = { channelId: `3200000000000000${String(i).padStart(2, "0")}` };
      for (const where of [dm, guild]) {
        const reply = await postSigned(
          baseUrl,
          keys.privateKey,
          chatInput("about", [], freshUser(), where),
        );
        expect(reply.status).toBe(200);
      }
    }
    expect(httpBot.bot.client.channels.cache.size).toBe(0);
  });
});

describe("refuses, answering nothing", () => {
  /** Sends `init` to `path` and checks the status, that no handler ran, and that the body never reached the log. */
  async function expectRefused(path: string, init: RequestInit, status: number): Promise<void> {
    const before = handled();
    const linesBefore = logLines.length;
    const reply = await send(`${baseUrl}${path}`, init);
    expect(reply.status).toBe(status);
    expect(reply.body.type).toBeUndefined();
    expect(handled()).toBe(before);
    const logged = JSON.stringify(logLines.slice(linesBefore));
    expect(logged).toContain("http_refused");
    expect(logged).not.toContain("interaction-token");
  }
  const json = { "content-type": "application/json" };
  const body = () => JSON.stringify(ask(QUESTION));

  it("a tampered body (401)", async () => {
    const signed = body();
    const tampered = signed.replace("Russia", "Turkey");
    await expectRefused(
      "/interactions",
      {
        method: "POST",
        headers: { ...json, ...signatureHeaders(keys.privateKey, signed) },
        body: tampered,
      },
      401,
    );
  });

  it("a signature by another key (401)", async () => {
    const text = body();
    await expectRefused(
      "/interactions",
      {
        method: "POST",
        headers: { ...json, ...signatureHeaders(keyPair().privateKey, text) },
        body: text,
      },
      401,
    );
  });

  it("a missing signature or timestamp (401)", async () => {
    const text = body();
    const headers = signatureHeaders(keys.privateKey, text);
    for (const missing of ["x-signature-ed25519", "x-signature-timestamp"]) {
      const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => name !== missing));
      await expectRefused(
        "/interactions",
        { method: "POST", headers: { ...json, ...kept }, body: text },
        401,
      );
    }
    await expectRefused("/interactions", { method: "POST", headers: json, body: text }, 401);
  });

  it("a replayed request: correctly signed, but more than 5 minutes old or ahead (401)", async () => {
    const text = body();
    const now = Math.floor(Date.now() / 1000);
    // Six minutes either way: well past the five allowed, whatever the test's own delays.
    for (const timestamp of [now - 360, now + 360]) {
      const headers = signatureHeaders(keys.privateKey, text, String(timestamp));
      await expectRefused(
        "/interactions",
        { method: "POST", headers: { ...json, ...headers }, body: text },
        401,
      );
    }
  });

  it("accepts a request signed four minutes ago (a slow network, a clock a little off)", async () => {
    const text = JSON.stringify(ask(QUESTION, freshUser()));
    const headers = signatureHeaders(
      keys.privateKey,
      text,
      String(Math.floor(Date.now() / 1000) - 240),
    );
    const reply = await send(`${baseUrl}/interactions`, {
      method: "POST",
      headers: { ...json, ...headers },
      body: text,
    });
    expect(reply).toMatchObject({ status: 200, body: { type: 4 } });
  });

  it("a body over the size limit, even correctly signed (413)", async () => {
    const interaction = ask(QUESTION) as Record<string, unknown>;
    const text = JSON.stringify({ ...interaction, padding: "x".repeat(MAX_BODY_BYTES) });
    const headers = signatureHeaders(keys.privateKey, text);
    await expectRefused(
      "/interactions",
      { method: "POST", headers: { ...json, ...headers }, body: text },
      413,
    );
  });

  it("a body over the size limit sent without a length, cut off as it streams (413)", async () => {
    const before = handled();
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(`${baseUrl}/interactions`, {
        method: "POST",
        headers: {
          ...json,
          ...signatureHeaders(keys.privateKey, "{}"),
          "transfer-encoding": "chunked",
        },
      });
      request.on("response", (response) => resolve(response.statusCode ?? 0));
      request.on("error", reject);
      const chunk = "x".repeat(16 * 1024);
      for (let sent = 0; sent <= MAX_BODY_BYTES; sent += chunk.length) request.write(chunk);
      request.end();
    });
    expect(status).toBe(413);
    expect(handled()).toBe(before);
  });

  it("anything but POST /interactions with JSON (404, 405, 415)", async () => {
    const text = body();
    const headers = signatureHeaders(keys.privateKey, text);
    await expectRefused("/interactions", { method: "GET" }, 405);
    await expectRefused(
      "/interactions",
      { method: "PUT", headers: { ...json, ...headers }, body: text },
      405,
    );
    await expectRefused(
      "/interactions",
      { method: "POST", headers: { "content-type": "text/plain", ...headers }, body: text },
      415,
    );
    await expectRefused("/", { method: "POST", headers: { ...json, ...headers }, body: text }, 404);
  });

  it("correctly signed text that is no interaction, or none the bot can answer (400)", async () => {
    for (const text of [
      "{not json",
      JSON.stringify({ hello: "interaction-token" }),
      // An interaction of a type the bot has no handling for.
      JSON.stringify({ ...ask(QUESTION, freshUser()), type: 99 }),
    ]) {
      const headers = signatureHeaders(keys.privateKey, text);
      await expectRefused(
        "/interactions",
        { method: "POST", headers: { ...json, ...headers }, body: text },
        400,
      );
    }
  });
});

describe("GET /healthz", () => {
  it("says ok with what is indexed", async () => {
    const reply = await send(`${baseUrl}/healthz`, { method: "GET" });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      status: "ok",
      passages: context().engine.passages.length,
      content: context().contentFingerprint,
    });
  });
});
