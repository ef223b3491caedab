/**
 * The store's settings: where questions are kept and for how long. Read by
 * the bot and by `npm run report` alike.
 */
import type { StoreLocation } from "../store/open-store.ts";
import type { Retention } from "./recorder.ts";

/** The default folder of the SQLite file. */
export const DEFAULT_DATA_DIR = "data";
/** Questions are kept this many days by default: a season of questions, no more. */
export const DEFAULT_RETAIN_DAYS = 90;
/**
 * Questions one server may have kept at most by default, its oldest erased
 * beyond: about 50 MB of SQLite, whatever a busy or abusive server sends.
 */
export const DEFAULT_MAX_QUESTIONS_PER_SERVER = 100_000;

/** Where questions are kept, and for how long. */
export interface StoreConfig {
  location: StoreLocation;
  retention: Retention;
}

/** A store setting that is missing or wrong; the message names it and says how to fix it. */
export class StoreConfigError extends Error {
  override name = "ConfigError";
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new StoreConfigError(
      `${name} must be a whole number of at least 1 (got "${value}"); fix it in .env`,
    );
  return number;
}

/**
 * Reads DATA_DIR, DATABASE_URL, RETAIN_DAYS and MAX_QUESTIONS_PER_SERVER.
 * A DATABASE_URL that is not a postgres:// URL is refused without quoting
 * it: it may hold a password.
 */
export function readStoreConfig(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl !== undefined) {
    let protocol = "";
    try {
      protocol = new URL(databaseUrl).protocol;
    } catch {
      throw new StoreConfigError(
        "DATABASE_URL is not a URL; write it as postgres://user:password@host:5432/database, or leave it empty to keep questions in SQLite under DATA_DIR",
      );
    }
    if (protocol !== "postgres:" && protocol !== "postgresql:")
      throw new StoreConfigError(
        `DATABASE_URL must start with postgres:// (it starts with ${protocol}//); leave it empty to keep questions in SQLite under DATA_DIR`,
      );
  }
  return {
    location: { dataDir: env.DATA_DIR?.trim() || DEFAULT_DATA_DIR, databaseUrl },
    retention: {
      days: wholeNumber(env, "RETAIN_DAYS", DEFAULT_RETAIN_DAYS),
      maxPerServer: wholeNumber(env, "MAX_QUESTIONS_PER_SERVER", DEFAULT_MAX_QUESTIONS_PER_SERVER),
    },
  };
}

/** Shortest password hidden on its own in logs: a shorter one would blot out ordinary words. */
const MIN_HIDDEN_PASSWORD_CHARS = 6;

/** What logs must never show of the store's settings: the database URL, and its password alone. */
export function storeSecrets(config: StoreConfig | undefined): string[] {
  const url = config?.location.databaseUrl;
  if (!url) return [];
  let password = "";
  try {
    password = decodeURIComponent(new URL(url).password);
  } catch {
    // readStoreConfig accepted it as a URL; nothing more to hide if it no longer parses.
  }
  return password.length >= MIN_HIDDEN_PASSWORD_CHARS ? [url, password] : [url];
}
