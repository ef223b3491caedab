import type { Client, ClientOptions } from "discord.js";
import type { BotConfig } from "../../src/bot/config.ts";
import type { BotContext } from "../../src/bot/context.ts";
import { createBot } from "../../src/bot/create-bot.ts";
import type { AnswerEngine } from "../../src/core/index.ts";
import { createEngine } from "../../src/core/index.ts";
import { createLogger } from "../../src/runtime/logger.ts";
import type { QuestionStore } from "../../src/store/question-store.ts";
import type { FakeDiscordOptions, RecordedRequest } from "./fake-discord.ts";
import { FakeDiscord } from "./fake-discord.ts";

let engine: AnswerEngine | undefined;

export interface Harness {
  fake: FakeDiscord;
  client: Client;
  context: BotContext;
  /** Every log line the bot wrote, parsed. */
  logs: Record<string, unknown>[];
  /** Raw log lines, to check that nothing secret leaks. */
  rawLogs: string[];
  /** Sends an interaction and resolves with the bot's successful callback request. */
  interact(payload: { id: string; token: string; guild_id?: string }): Promise<RecordedRequest>;
  stop(): Promise<void>;
}

/**
 * Starts a fake Discord and the real discord.js client logged in to it.
 * Only the identify throttle is replaced: the default waits ~5 s between
 * identifies, which a resume test would spend waiting.
 */
export async function startBot(
  options: {
    fake?: FakeDiscordOptions;
    config?: Partial<BotConfig>;
    clientOptions?: Partial<ClientOptions>;
    /** Answer from this engine instead of the article's. */
    engine?: AnswerEngine;
    /** Keep questions and votes here (closed when the bot stops); none keeps nothing. */
    store?: QuestionStore;
  } = {},
): Promise<Harness> {
  const fake = await new FakeDiscord(options.fake).start();
  engine ??= createEngine("content");
  const answering = options.engine ?? engine;
  const rawLogs: string[] = [];
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger("debug", [fake.token], (line) => {
    rawLogs.push(line);
    logs.push(JSON.parse(line) as Record<string, unknown>);
  });
  const config: BotConfig = {
    token: fake.token,
    contentDir: "content",
    apiBaseUrl: fake.apiBaseUrl,
    cooldown: { maxQuestions: 1000, windowSeconds: 30 },
    logLevel: "debug",
    ...options.config,
  };
  const bot = createBot({
    config,
    engine: answering,
    logger,
    store: options.store,
    clientOptions: {
      ws: { buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }) },
      ...options.clientOptions,
    },
  });
  await bot.login(fake.token);
  await fake.until(
    () => bot.client.isReady() && bot.client.guilds.cache.size > 0,
    5000,
    "the client to be ready with its server",
  );
  const { context } = bot;
  return {
    fake,
    // The bot's client now: a new one when Discord refused an intent at log-in.
    get client() {
      return bot.client;
    },
    context,
    logs,
    rawLogs,
    async interact(payload) {
      fake.dispatch("INTERACTION_CREATE", payload, payload.guild_id);
      const path = `/interactions/${payload.id}/${payload.token}/callback`;
      return fake.waitForRequest(
        (request) =>
          request.method === "POST" &&
          request.path === path &&
          request.status !== undefined &&
          request.status < 300,
      );
    },
    async stop() {
      await bot.client.destroy();
      await bot.context.recorder?.close();
      await fake.stop();
    },
  };
}
