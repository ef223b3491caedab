/**
 * Settings every entry point reads alike from the environment (and `.env`):
 * a mistake is one {@link ConfigError} saying what to set and where.
 */

export type LogLevel = "debug" | "info" | "warn" | "error";

/** A setting that is missing or wrong; the message names it and says how to fix it. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Discord's window for answering an interaction is 3 s; in-flight ones get most of it on shutdown. */
export const DEFAULT_SHUTDOWN_GRACE_MS = 2500;
/**
 * The longest SHUTDOWN_GRACE_MS taken: a day. Node's timers hold at most
 * 2^31−1 ms (about 24.8 days) and turn anything longer into 1 ms; a day keeps
 * the stop deadline (the grace plus a margin) far inside that.
 */
export const MAX_SHUTDOWN_GRACE_MS = 24 * 60 * 60 * 1000;
const LOG_LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error"];

/** The setting `name` of `env`, trimmed; undefined when unset or blank. */
export function optional(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === "" ? undefined : value;
}

/** The setting `name` as a whole number from 1 to `max`; `fallback` when unset. */
export function positiveInteger(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const value = optional(env, name);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new ConfigError(
      `${name} must be a whole number of at least 1 (got "${value}"); fix it in .env`,
    );
  if (number > max)
    throw new ConfigError(`${name} must be at most ${max} (got "${value}"); fix it in .env`);
  return number;
}

/** LOG_LEVEL: debug, info (the default), warn or error, in any case. */
export function readLogLevel(env: NodeJS.ProcessEnv): LogLevel {
  const logLevel = (optional(env, "LOG_LEVEL") ?? "info").toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(logLevel))
    throw new ConfigError(
      `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")} (got "${env.LOG_LEVEL}")`,
    );
  return logLevel;
}

/** SHUTDOWN_GRACE_MS: milliseconds, from 1 to {@link MAX_SHUTDOWN_GRACE_MS}; {@link DEFAULT_SHUTDOWN_GRACE_MS} when unset. */
export function readShutdownGrace(env: NodeJS.ProcessEnv): number {
  return positiveInteger(
    env,
    "SHUTDOWN_GRACE_MS",
    DEFAULT_SHUTDOWN_GRACE_MS,
    MAX_SHUTDOWN_GRACE_MS,
  );
}
