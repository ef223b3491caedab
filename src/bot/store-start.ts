import type { Logger } from "../runtime/logger.ts";
import { describeLocation, openStore, StoreError } from "../store/open-store.ts";
import type { QuestionStore } from "../store/question-store.ts";
import type { StoreConfig } from "./store-config.ts";

/**
 * Opens the store at start-up. One that cannot be used (a corrupt file, a
 * folder the bot may not write, a database that refuses) is reported in one
 * log line, and the bot answers without keeping questions rather than not
 * at all.
 */
export async function openStoreOrSayWhy(
  config: StoreConfig | undefined,
  logger: Logger,
): Promise<QuestionStore | undefined> {
  if (!config) return undefined;
  try {
    const store = await openStore(config.location);
    logger.debug("store_opened", {
      store: describeLocation(config.location),
      retainDays: config.retention.days,
    });
    return store;
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    logger.error("store_unavailable", { problem: error.message });
    return undefined;
  }
}
