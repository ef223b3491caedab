/**
 * `npm start`: loads `.env`, checks the settings, builds the index once, and
 * logs in. Any start-up problem is one line on stderr and exit code 1.
 */
import "../runtime/load-env.ts";
import { DiscordjsErrorCodes } from "discord.js";
import { AnswerEngine, ContentError, loadContent, readSynonyms } from "../core/index.ts";
import { contentLimitsFrom, defaultCacheDir } from "../runtime/content-settings.ts";
import { fail } from "../runtime/fail.ts";
import { createLogger } from "../runtime/logger.ts";
import { installProcessGuards } from "../runtime/process-guards.ts";
import { ConfigError, DEFAULT_SHUTDOWN_GRACE_MS } from "../runtime/settings.ts";
import { readConfig, TOKEN_REJECTED } from "./config.ts";
import { createBot } from "./create-bot.ts";
import { removeStrayShardingVariables } from "./discord-env.ts";
import { storeSecrets } from "./store-config.ts";
import { openStoreOrSayWhy } from "./store-start.ts";

removeStrayShardingVariables(process.env);

let config: ReturnType<typeof readConfig>;
try {
  config = readConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}
const logger = createLogger(config.logLevel, [config.token, ...storeSecrets(config.store)]);

/** Content from this size on is large enough for start-up to say how far loading has come. */
const LONG_LOAD_BYTES = 5 * 1024 * 1024;

let engine: AnswerEngine;
try {
  const documents = loadContent(config.contentDir, contentLimitsFrom(), (progress) => {
    if (progress.ofBytes >= LONG_LOAD_BYTES) logger.info("loading_content", { ...progress });
  });
  const bytes = documents.reduce((sum, document) => sum + document.text.length, 0);
  if (bytes >= LONG_LOAD_BYTES) logger.info("indexing", { documents: documents.length });
  engine = new AnswerEngine(documents, {
    cacheDir: defaultCacheDir(config.contentDir),
    ...readSynonyms(config.contentDir, documents),
  });
  // Before logging in: the first questions must not wait for word lists to load.
  engine.warmUp();
} catch (error) {
  if (error instanceof ContentError) fail(error.message);
  throw error;
}
for (const problem of engine.synonymProblems) logger.warn("synonym_left_out", { problem });
const store = await openStoreOrSayWhy(config.store, logger);
const bot = createBot({ config, engine, logger, store });

const graceMs = config.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS;
installProcessGuards(
  process,
  logger,
  () => {
    void bot
      .stop(graceMs)
      .then((report) => logger.info("stopped", { ...report }))
      .catch((error: unknown) => logger.error("stop_failed", { error }))
      .finally(() => process.exit(0));
  },
  { graceMs },
);

try {
  await bot.login(config.token);
} catch (error) {
  const code = (error as { code?: string }).code;
  if (code === DiscordjsErrorCodes.TokenInvalid) {
    fail(TOKEN_REJECTED);
  }
  if (code === DiscordjsErrorCodes.DisallowedIntents) {
    fail(
      "Discord refused the gateway intents; this bot needs no privileged intent, so check the application's settings",
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  fail(
    `Could not connect to Discord (${detail.replaceAll(config.token, "[redacted]")}); check the network and DISCORD_API_BASE_URL`,
  );
}
