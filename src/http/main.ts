/**
 * `npm run start:http`: loads `.env`, checks the settings, builds the index
 * once, and answers Discord's interactions over HTTP on HOST:PORT. Any
 * start-up problem is one line on stderr and exit code 1.
 */
import "../runtime/load-env.ts";
import { storeSecrets } from "../bot/store-config.ts";
import { openStoreOrSayWhy } from "../bot/store-start.ts";
import { ContentError, createEngine } from "../core/index.ts";
import { contentLimitsFrom, defaultCacheDir } from "../runtime/content-settings.ts";
import { fail } from "../runtime/fail.ts";
import { createLogger } from "../runtime/logger.ts";
import { installProcessGuards } from "../runtime/process-guards.ts";
import { ConfigError, DEFAULT_SHUTDOWN_GRACE_MS } from "../runtime/settings.ts";
import { readHttpConfig } from "./config.ts";
import { createHttpBot } from "./http-bot.ts";

let config: ReturnType<typeof readHttpConfig>;
let engine: ReturnType<typeof createEngine>;
try {
  config = readHttpConfig();
  engine = createEngine(
    config.bot.contentDir,
    defaultCacheDir(config.bot.contentDir),
    contentLimitsFrom(),
  );
  // Before listening: the first questions must not wait for word lists to load.
  engine.warmUp();
} catch (error) {
  if (error instanceof ConfigError || error instanceof ContentError) fail(error.message);
  throw error;
}

const logger = createLogger(config.bot.logLevel, [
  config.bot.token,
  ...storeSecrets(config.bot.store),
]);
for (const problem of engine.synonymProblems) logger.warn("synonym_left_out", { problem });
const store = await openStoreOrSayWhy(config.bot.store, logger);
const httpBot = createHttpBot({ config, engine, logger, store });

const graceMs = config.bot.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS;
installProcessGuards(
  process,
  logger,
  () => {
    void httpBot
      .stop(graceMs)
      .then((report) => logger.info("stopped", { ...report }))
      .catch((error: unknown) => logger.error("stop_failed", { error }))
      .finally(() => process.exit(0));
  },
  { graceMs },
);

try {
  const port = await httpBot.listen();
  logger.info("listening", {
    host: config.host,
    port,
    path: "/interactions",
    passages: engine.passages.length,
  });
} catch (error) {
  const detail = error instanceof Error ? error.message : String(error);
  fail(`Could not listen on ${config.host}:${config.port} (${detail}); set PORT or HOST in .env`);
}
