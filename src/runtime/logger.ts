import { stderrLines } from "./log-output.ts";
import { redact, secretFragments } from "./redact.ts";
import type { LogLevel } from "./settings.ts";

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = Record<string, unknown>;

/** Structured logging: one JSON object per line, secrets replaced before writing. */
export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/**
 * A logger writing lines at `level` and above to `write` (stderr by default,
 * where a line that cannot be written, the reader gone, is dropped).
 * Every `secrets` string (a token: whole, whatever its length, and each of its
 * parts) is replaced by "[redacted]" in every line, at every level, whatever
 * field or error message it hides in.
 */
export function createLogger(
  level: LogLevel,
  secrets: readonly string[] = [],
  write: (line: string) => void = stderrLines(),
): Logger {
  const hidden = secrets.flatMap(secretFragments);
  const log = (at: LogLevel, event: string, fields: LogFields = {}) => {
    if (ORDER[at] < ORDER[level]) return;
    const line = JSON.stringify(
      { time: new Date().toISOString(), level: at, event, ...fields },
      errorsAsText,
    );
    write(`${redact(line, hidden)}\n`);
  };
  return {
    debug: (event, fields) => log("debug", event, fields),
    info: (event, fields) => log("info", event, fields),
    warn: (event, fields) => log("warn", event, fields),
    error: (event, fields) => log("error", event, fields),
  };
}

/** JSON.stringify drops an Error's message and stack; keep them. */
function errorsAsText(_key: string, value: unknown): unknown {
  if (value instanceof Error)
    return { name: value.name, message: value.message, stack: value.stack };
  return value;
}
