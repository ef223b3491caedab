/**
 * The bot's settings, read from the environment (and `.env`), checked once at
 * start-up so a mistake is reported in one line saying what to set and where.
 * What every entry point reads alike (log level, shutdown grace, the content
 * folder) is read by `src/runtime`.
 */
import { defaultContentDir } from "../runtime/content-settings.ts";
import type { LogLevel } from "../runtime/settings.ts";
import {
  ConfigError,
  optional,
  positiveInteger,
  readLogLevel,
  readShutdownGrace,
} from "../runtime/settings.ts";
import type { StoreConfig } from "./store-config.ts";
import { readStoreConfig, StoreConfigError } from "./store-config.ts";

export interface BotConfig {
  /** Empty when the caller does not need one (the HTTP endpoint answers without it). */
  token: string;
  clientId?: string;
  guildId?: string;
  contentDir: string;
  /** REST API base, e.g. http://127.0.0.1:8080/api; undefined means Discord's own. */
  apiBaseUrl?: string;
  /** Per-user rate limit on everything that makes the bot speak; autocomplete has its own budget. */
  cooldown: { maxQuestions: number; windowSeconds: number; maxAutocomplete?: number };
  /**
   * Channels where every member's message is a question, answered in a
   * thread of its own; empty (the default) turns ask channels off, and with
   * them the privileged Message Content intent.
   */
  askChannelIds?: readonly string[];
  /** How long in-flight interactions may take to finish when the bot is told to stop. */
  shutdownGraceMs?: number;
  logLevel: LogLevel;
  /** Where questions and votes are kept; none keeps nothing (and shows no feedback buttons). */
  store?: StoreConfig;
}

/** What to tell an admin whose token Discord refuses (HTTP 401). */
export const TOKEN_REJECTED =
  "Discord rejected DISCORD_TOKEN: reset the token in the Developer Portal (your application → Bot → Reset Token) and put the new one in .env";

const SNOWFLAKE = /^\d{17,20}$/;
/** Autocomplete requests allowed per window when COOLDOWN_MAX_AUTOCOMPLETE is unset: it fires as users type. */
export const DEFAULT_MAX_AUTOCOMPLETE = 60;
/**
 * What a bot token looks like: three parts of base64url characters separated
 * by dots — the bot's id, a timestamp, a signature (about 70 characters).
 */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$/;
const TOKEN_CHARACTER = /[A-Za-z0-9._-]/;
const COPY_AGAIN =
  "copy the token again from the Developer Portal (your application → Bot → Reset Token) and paste it alone into .env";

/**
 * What is wrong with `token`, in words naming the real problem, or undefined
 * when it has a token's shape. Never quotes the token or any part of it.
 */
export function tokenProblem(token: string): string | undefined {
  if (/\s/.test(token))
    return "DISCORD_TOKEN contains spaces; paste the token alone, without quotes or 'Bot ', into .env";
  const characters = [...token];
  const index = characters.findIndex((char) => !TOKEN_CHARACTER.test(char));
  if (index >= 0) {
    const char = characters[index] as string;
    const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
    if (/[\p{Cc}\p{Cf}]/u.test(char))
      return `DISCORD_TOKEN contains an invisible control character (${code}) at character ${index + 1}; ${COPY_AGAIN}`;
    if (/\p{L}/u.test(char))
      return `DISCORD_TOKEN contains the letter "${char}" (${code}) at character ${index + 1}, which a token never has (tokens use Latin letters, digits, ".", "-" and "_" only; a look-alike letter from another alphabet may have slipped in); ${COPY_AGAIN}`;
    return `DISCORD_TOKEN contains "${char}" (${code}) at character ${index + 1}, which a token never has (Latin letters, digits, ".", "-" and "_" only; quotes are not needed in .env); ${COPY_AGAIN}`;
  }
  if (!TOKEN_SHAPE.test(token)) {
    const parts = token.split(".").length;
    const looksLike =
      parts === 1
        ? "it has no dots, so it may be the client secret or the public key rather than the bot token"
        : `a token is three parts separated by dots, about 70 characters; this has ${parts} part${parts === 1 ? "" : "s"} and ${token.length} characters`;
    return `DISCORD_TOKEN does not look like a bot token (${looksLike}); ${COPY_AGAIN}`;
  }
  return undefined;
}

function snowflake(env: NodeJS.ProcessEnv, name: string, what: string): string | undefined {
  const value = optional(env, name);
  if (value !== undefined && !SNOWFLAKE.test(value)) {
    throw new ConfigError(`${name} must be a Discord id (17–20 digits): ${what}`);
  }
  return value;
}

/** A comma-separated list of Discord ids, e.g. ASK_CHANNEL_IDS; empty when unset. */
function snowflakeList(env: NodeJS.ProcessEnv, name: string, what: string): string[] {
  const ids = (optional(env, name) ?? "")
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id !== "");
  const wrong = ids.find((id) => !SNOWFLAKE.test(id));
  if (wrong !== undefined)
    throw new ConfigError(
      `${name} must be Discord ids (17–20 digits) separated by commas; "${wrong}" is not one: ${what}`,
    );
  return [...new Set(ids)];
}

/**
 * Reads and checks the settings. `needs` lists what the caller cannot do
 * without: the bot needs a token (unless `token: false`, as over HTTP);
 * registering commands needs the client id too.
 */
export function readConfig(
  env: NodeJS.ProcessEnv = process.env,
  needs: { clientId?: boolean; token?: boolean } = {},
): BotConfig {
  const token = optional(env, "DISCORD_TOKEN") ?? "";
  if (!token && needs.token !== false) {
    throw new ConfigError(
      "DISCORD_TOKEN is not set: copy .env.example to .env and put your bot token there (Developer Portal → your application → Bot → Reset Token)",
    );
  }
  const problem = token ? tokenProblem(token) : undefined;
  if (problem) throw new ConfigError(problem);
  const clientId = snowflake(
    env,
    "DISCORD_CLIENT_ID",
    "copy the Application ID from the Developer Portal's General Information page into .env",
  );
  if (needs.clientId && !clientId) {
    throw new ConfigError(
      "DISCORD_CLIENT_ID is not set: copy the Application ID from the Developer Portal's General Information page into .env",
    );
  }
  const guildId = snowflake(
    env,
    "DISCORD_GUILD_ID",
    "right-click your server with Developer Mode on → Copy Server ID, or leave it empty",
  );
  const apiBaseUrl = optional(env, "DISCORD_API_BASE_URL");
  if (apiBaseUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(apiBaseUrl);
    } catch {
      throw new ConfigError(
        `DISCORD_API_BASE_URL is not a URL ("${apiBaseUrl}"); leave it empty to use Discord's own API`,
      );
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new ConfigError(
        `DISCORD_API_BASE_URL must start with http:// or https:// (got "${apiBaseUrl}")`,
      );
    }
  }
  const logLevel = readLogLevel(env);
  let store: StoreConfig;
  try {
    store = readStoreConfig(env);
  } catch (error) {
    if (error instanceof StoreConfigError) throw new ConfigError(error.message);
    throw error;
  }
  return {
    token,
    clientId,
    guildId,
    contentDir: defaultContentDir(env),
    apiBaseUrl: apiBaseUrl?.replace(/\/+$/, ""),
    cooldown: {
      maxQuestions: positiveInteger(env, "COOLDOWN_MAX_QUESTIONS", 5),
      maxAutocomplete: positiveInteger(env, "COOLDOWN_MAX_AUTOCOMPLETE", DEFAULT_MAX_AUTOCOMPLETE),
      windowSeconds: positiveInteger(env, "COOLDOWN_WINDOW_SECONDS", 30),
    },
    shutdownGraceMs: readShutdownGrace(env),
    askChannelIds: snowflakeList(
      env,
      "ASK_CHANNEL_IDS",
      "right-click each channel with Developer Mode on → Copy Channel ID, or leave it empty",
    ),
    logLevel,
    store,
  };
}
