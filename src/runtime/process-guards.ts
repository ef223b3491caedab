import type { EventEmitter } from "node:events";
import type { Logger } from "./logger.ts";

/**
 * Time a stopping process gets beyond its grace period to disconnect, log and
 * exit; past it, the process exits anyway, so SIGTERM always ends it within
 * the grace period plus this.
 */
export const STOP_MARGIN_MS = 1000;

/** Exit code of a process that had to be ended at its deadline rather than stopping cleanly. */
export const DEADLINE_EXIT_CODE = 1;

export interface GuardOptions {
  /** How long `stop` may take to finish what is in flight (SHUTDOWN_GRACE_MS). */
  graceMs: number;
  /** Ends the process; `process.exit` outside tests. */
  exit?: (code: number) => void;
}

/**
 * Keeps the process up and stops it cleanly: unhandled rejections and
 * uncaught exceptions are logged rather than fatal (every handler already
 * catches its own errors; this is the net under the net), and the first
 * SIGINT or SIGTERM runs `stop` once. If `stop` has not ended the process
 * `graceMs` + {@link STOP_MARGIN_MS} later, the process exits anyway.
 *
 * The guards never loop on their own failure: a report that itself fails (the
 * log's reader gone, say) is dropped, and one raised while a report is being
 * written is not reported again.
 */
export function installProcessGuards(
  target: EventEmitter,
  logger: Logger,
  stop: (signal: string) => void,
  { graceMs, exit = (code) => process.exit(code) }: GuardOptions,
): void {
  let reporting = false;
  const report = (event: string, error: unknown) => {
    if (reporting) return;
    reporting = true;
    try {
      logger.error(event, { error });
    } catch {
      // Nowhere left to say it; the bot goes on.
    } finally {
      reporting = false;
    }
  };
  target.on("unhandledRejection", (reason) => report("unhandled_rejection", reason));
  target.on("uncaughtException", (error) => report("uncaught_exception", error));
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"]) {
    target.on(signal, () => {
      if (stopping) return;
      stopping = true;
      setTimeout(() => {
        try {
          logger.error("stop_deadline_passed", { afterMs: graceMs + STOP_MARGIN_MS });
        } finally {
          exit(DEADLINE_EXIT_CODE);
        }
      }, graceMs + STOP_MARGIN_MS).unref();
      try {
        logger.info("stopping", { signal });
      } finally {
        stop(signal);
      }
    });
  }
}
