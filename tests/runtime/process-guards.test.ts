import { EventEmitter } from "node:events";
import { PassThrough } from "node:stream";
import { afterEach, expect, it, vi } from "vitest";
import { readConfig } from "../../src/bot/config.ts";
import { droppingWriter } from "../../src/runtime/log-output.ts";
import { createLogger } from "../../src/runtime/logger.ts";
import {
  DEADLINE_EXIT_CODE,
  installProcessGuards,
  STOP_MARGIN_MS,
} from "../../src/runtime/process-guards.ts";
import { ConfigError, MAX_SHUTDOWN_GRACE_MS } from "../../src/runtime/settings.ts";

const GRACE_MS = 2500;

function guarded(write?: (line: string) => void) {
  const target = new EventEmitter();
  const lines: Record<string, unknown>[] = [];
  const stops: string[] = [];
  const exits: number[] = [];
  installProcessGuards(
    target,
    createLogger("info", [], write ?? ((line) => lines.push(JSON.parse(line)))),
    (signal) => stops.push(signal),
    { graceMs: GRACE_MS, exit: (code) => exits.push(code) },
  );
  return { target, lines, stops, exits };
}

afterEach(() => {
  vi.useRealTimers();
});

it("logs unhandled rejections and uncaught exceptions instead of dying", () => {
  const { target, lines } = guarded();
  target.emit("unhandledRejection", new Error("lost promise"));
  target.emit("uncaughtException", new Error("thrown from a timer"));
  expect(lines.map((line) => [line.event, (line.error as { message: string }).message])).toEqual([
    ["unhandled_rejection", "lost promise"],
    ["uncaught_exception", "thrown from a timer"],
  ]);
});

it("stops once on the first SIGINT or SIGTERM", () => {
  const { target, lines, stops } = guarded();
  target.emit("SIGTERM");
  target.emit("SIGINT");
  expect(stops).toEqual(["SIGTERM"]);
  expect(lines).toEqual([expect.objectContaining({ event: "stopping", signal: "SIGTERM" })]);
});

it("the logger never writes a secret, wherever it hides", () => {
  const lines: string[] = [];
  const secret = "MTIz.secret-token.value";
  const logger = createLogger("debug", [secret], (line) => lines.push(line));
  logger.error("failed", {
    error: new Error(`request with ${secret} failed`),
    header: `Bot ${secret}`,
  });
  expect(lines.join("")).not.toContain(secret);
  expect(lines.join("")).toContain("[redacted]");
});

it("drops a report it cannot write instead of raising it again", () => {
  let writes = 0;
  const { target } = guarded(() => {
    writes += 1;
    // What a write into a pipe whose reader is gone does, on a stream with no listener.
    target.emit("uncaughtException", new Error("write EPIPE"));
    throw new Error("write EPIPE");
  });
  expect(() => target.emit("uncaughtException", new Error("first"))).not.toThrow();
  expect(writes).toBe(1);
});

it("exits at the grace period plus the margin when stopping hangs, not before", () => {
  vi.useFakeTimers();
  const { target, exits, lines } = guarded();
  target.emit("SIGTERM");
  vi.advanceTimersByTime(GRACE_MS + STOP_MARGIN_MS - 1);
  expect(exits).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(exits).toEqual([DEADLINE_EXIT_CODE]);
  expect(lines.at(-1)).toMatchObject({ event: "stop_deadline_passed" });
});

it("a log stream that fails is written to no more, and its error is heard", () => {
  const stream = new PassThrough();
  let written = "";
  stream.on("data", (chunk) => (written += chunk));
  const write = droppingWriter(stream);
  write("one\n");
  stream.destroy(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
  expect(() => write("two\n")).not.toThrow();
  expect(written).toBe("one\n");
});

it("SHUTDOWN_GRACE_MS past what a timer can hold is refused in one line", () => {
  const env = {
    DISCORD_TOKEN: "MTAwMDAwMDAwMDAwMDAwMDAx.GsOmE1.some-token-abcdefghijklmnopqrstuvw",
  };
  expect(() => readConfig({ ...env, SHUTDOWN_GRACE_MS: "99999999999" })).toThrow(
    new ConfigError(
      `SHUTDOWN_GRACE_MS must be at most ${MAX_SHUTDOWN_GRACE_MS} (got "99999999999"); fix it in .env`,
    ),
  );
  expect(
    readConfig({ ...env, SHUTDOWN_GRACE_MS: String(MAX_SHUTDOWN_GRACE_MS) }).shutdownGraceMs,
  ).toBe(MAX_SHUTDOWN_GRACE_MS);
  expect(MAX_SHUTDOWN_GRACE_MS + STOP_MARGIN_MS).toBeLessThan(2 ** 31 - 1);
});
