import type { Logger } from "../runtime/logger.ts";
import type { QuestionStore } from "../store/question-store.ts";
import type { QuestionRecord } from "../store/records.ts";

/**
 * How often questions waiting to be kept are written, in milliseconds: one
 * transaction (and one sync to disk) per batch rather than per question.
 */
export const FLUSH_INTERVAL_MS = 100;
/**
 * Questions held in memory at most while the store cannot take them; past
 * it, the oldest are dropped (and counted in the log) so memory stays bounded.
 */
export const MAX_WAITING = 10_000;
/** How often old questions are pruned: retention counts in days, so hourly is plenty. */
export const PRUNE_INTERVAL_MS = 60 * 60 * 1000;
/** A day in milliseconds: reports and retention count in days. */
const DAY_MS = 24 * 60 * 60 * 1000;

/** How long questions are kept, and how many per server at most. */
export interface Retention {
  days: number;
  maxPerServer: number;
}

/**
 * Keeps questions off the reply path: {@link record} only queues one, and
 * batches are written every {@link FLUSH_INTERVAL_MS}. A write that fails is
 * logged and never reaches the member, whose answer went out already.
 */
export class QuestionRecorder {
  private waiting: QuestionRecord[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private readonly flushTimer: NodeJS.Timeout;
  private readonly pruneTimer: NodeJS.Timeout;
  private dropped = 0;
  /** Whether the last write failed: failures are logged when they start and when they end, not each retry. */
  private failing = false;

  constructor(
    readonly store: QuestionStore,
    private readonly logger: Logger,
    private readonly retention: Retention,
  ) {
    this.flushTimer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS);
    this.pruneTimer = setInterval(() => void this.prune(), PRUNE_INTERVAL_MS);
    // Neither keeps the process alive on its own.
    this.flushTimer.unref();
    this.pruneTimer.unref();
  }

  /** Queues `record` to be kept; returns at once, whatever becomes of the write. */
  record(record: QuestionRecord): void {
    this.waiting.push(record);
    if (this.waiting.length > MAX_WAITING) {
      this.waiting.shift();
      this.dropped += 1;
    }
  }

  /** Writes what is queued; resolves once it is written or the failure logged. Never rejects. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (this.waiting.length === 0) return;
      const batch = this.waiting;
      this.waiting = [];
      try {
        await this.store.addQuestions(batch);
        if (this.failing) this.logger.info("store_write_recovered", { questions: batch.length });
        this.failing = false;
      } catch (error) {
        // Kept for the next try, within the bound; the answers went out already.
        this.waiting = [...batch, ...this.waiting].slice(-MAX_WAITING);
        if (!this.failing)
          this.logger.error("store_write_failed", { questions: batch.length, error });
        this.failing = true;
      }
      if (this.dropped > 0) {
        this.logger.warn("store_questions_dropped", { questions: this.dropped });
        this.dropped = 0;
      }
    });
    return this.flushing;
  }

  /** Erases questions past the retention period and beyond each server's cap; logs what it did. */
  async prune(now = Date.now()): Promise<void> {
    try {
      const pruned = await this.store.prune(
        now - this.retention.days * DAY_MS,
        this.retention.maxPerServer,
      );
      if (pruned.expired + pruned.overCap > 0) this.logger.info("store_pruned", { ...pruned });
    } catch (error) {
      this.logger.error("store_prune_failed", { error });
    }
  }

  /** Writes what is queued, then closes the store. */
  async close(): Promise<void> {
    clearInterval(this.flushTimer);
    clearInterval(this.pruneTimer);
    await this.flush();
    await this.store.close().catch((error: unknown) => {
      this.logger.warn("store_close_failed", { error });
    });
  }
}
