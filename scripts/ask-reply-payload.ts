/**
 * The bot's own reply to `/ask`, built by the code the bot runs (no Discord
 * connection needed): the same engine, catalog and answer path as a live
 * `/ask question:…`.
 */
import { replyToQuestion } from "../src/bot/answering.ts";
import { botContext } from "../src/bot/context.ts";
import { RateLimiter } from "../src/bot/rate-limit.ts";
import type { ReplyPayload } from "../src/bot/replies/reply-payload.ts";
import { createEngine } from "../src/core/index.ts";
import { contentLimitsFrom, defaultCacheDir } from "../src/runtime/content-settings.ts";
import { createLogger } from "../src/runtime/logger.ts";
import { VERSION } from "../src/runtime/version.ts";

/** Any user id: the reply does not depend on who asks. */
const ASKER_ID = "200000000000000001";

/** The payload the bot sends for `/ask question:<question>` over the documents in `contentDir`. */
export function askReplyPayload(question: string, contentDir: string): ReplyPayload {
  const engine = createEngine(contentDir, defaultCacheDir(contentDir), contentLimitsFrom());
  const context = botContext(engine, {
    rateLimit: new RateLimiter(1, 1),
    autocompleteRateLimit: new RateLimiter(1, 1),
    logger: createLogger("error"),
    version: VERSION,
  });
  return replyToQuestion(context, { question, askerId: ASKER_ID, ephemeral: false }).payload;
}
