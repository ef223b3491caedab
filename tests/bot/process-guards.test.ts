import { EventEmitter } from "node:events";
import { expect, it } from "vitest";
import { createLogger } from "../../src/bot/logger.ts";
import { installProcessGuards } from "../../src/bot/process-guards.ts";

function guarded() {
  const target = new EventEmitter();
  const lines: Record<string, unknown>[] = [];
  const stops: string[] = [];
  installProcessGuards(
    target,
    createLogger("info", [], (line) => lines.push(JSON.parse(line))),
    (signal) => stops.push(signal),
  );
  return { target, lines, stops };
}

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
