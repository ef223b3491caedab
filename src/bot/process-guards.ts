import type { EventEmitter } from "node:events";
import type { Logger } from "./logger.ts";

/**
 * Keeps the process up and stops it cleanly: unhandled rejections and
 * uncaught exceptions are logged rather than fatal (every handler already
 * catches its own errors; this is the net under the net), and the first
 * SIGINT or SIGTERM runs `stop` once.
 */
export function installProcessGuards(
  target: EventEmitter,
  logger: Logger,
  stop: (signal: string) => void,
): void {
  target.on("unhandledRejection", (reason) =>
    logger.error("unhandled_rejection", { error: reason }),
  );
  target.on("uncaughtException", (error) => logger.error("uncaught_exception", { error }));
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"]) {
    target.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info("stopping", { signal });
      stop(signal);
    });
  }
}
