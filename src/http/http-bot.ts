import type { Server } from "node:http";
import type { Bot } from "../bot/create-bot.ts";
import { createBot } from "../bot/create-bot.ts";
import type { StopReport } from "../bot/in-flight.ts";
import type { AnswerEngine } from "../core/index.ts";
import type { Logger } from "../runtime/logger.ts";
import type { QuestionStore } from "../store/question-store.ts";
import type { HttpConfig } from "./config.ts";
import { InteractionBridge } from "./interaction-bridge.ts";
import { createInteractionServer } from "./server.ts";

export interface HttpBot {
  server: Server;
  bot: Bot;
  /** Starts listening; resolves with the port (useful when PORT is 0). */
  listen(): Promise<number>;
  /** Stops taking connections, lets interactions in flight finish within `graceMs`, then closes. */
  stop(graceMs: number): Promise<StopReport>;
}

/**
 * The gateway bot's client and handlers, never logged in, answering the
 * interactions an HTTP server receives. Rate limits, logs, refusals of
 * unknown interactions and shutdown behave exactly as with `npm start`.
 */
export function createHttpBot(parts: {
  config: HttpConfig;
  engine: AnswerEngine;
  logger: Logger;
  /** Where questions and votes are kept (PostgreSQL, to share one store across replicas). */
  store?: QuestionStore;
  /** Seconds since the epoch, for the signature's timestamp check (tests move the clock). */
  nowSeconds?: () => number;
}): HttpBot {
  const { config, engine, logger } = parts;
  const bridge = new InteractionBridge(config.bot.token);
  const bot = createBot({
    config: config.bot,
    engine,
    logger,
    store: parts.store,
    clientOptions: { rest: { makeRequest: bridge.makeRequest } },
  });
  bridge.attach(bot.client);
  let stopping = false;
  const server = createInteractionServer({
    publicKey: config.publicKey,
    answer: (raw) => bridge.answer(raw),
    logger,
    health: () => ({ passages: engine.passages.length, content: bot.context.contentFingerprint }),
    stopping: () => stopping,
    nowSeconds: parts.nowSeconds,
  });
  return {
    server,
    bot,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(config.port, config.host, () => {
          const address = server.address();
          resolve(typeof address === "object" && address ? address.port : config.port);
        });
      }),
    async stop(graceMs) {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const report = await bot.stop(graceMs);
      server.closeAllConnections();
      await closed;
      return report;
    },
  };
}
