/**
 * How long the queue must stay empty before a stop goes on: events already
 * received from the gateway but not yet handled get their turn.
 */
const SETTLE_MS = 50;

/** What a stop reports: what was answered over the bot's life, and what the deadline cut off. */
export interface StopReport {
  /** Interactions Discord accepted an answer to, since start-up. */
  answered: number;
  /** Interactions that got no answer (a handler failed and so did its apology). */
  unanswered: number;
  /** Messages (mentions, DMs) replied to, since start-up. */
  messagesAnswered: number;
  /** Work still running when the deadline passed. */
  cutOff: number;
}

/**
 * The work a bot has in flight, so that stopping can wait for it: each
 * interaction and message handler is tracked from arrival to its reply.
 * Once {@link stopping} is set, new interactions are turned away politely.
 */
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();
  private answered = 0;
  private unanswered = 0;
  private messagesAnswered = 0;
  stopping = false;

  /** Tracks an interaction's handling; it resolves with whether Discord accepted an answer. */
  trackInteraction(work: Promise<boolean>): void {
    this.track(
      work.then((answered) => {
        if (answered) this.answered += 1;
        else this.unanswered += 1;
      }),
    );
  }

  /** Tracks a message's handling; it resolves with whether a reply was sent. */
  trackMessage(work: Promise<boolean>): void {
    this.track(
      work.then((replied) => {
        if (replied) this.messagesAnswered += 1;
      }),
    );
  }

  private track(work: Promise<unknown>): void {
    const settled = work.catch(() => undefined).finally(() => this.pending.delete(settled));
    this.pending.add(settled);
  }

  /** Work not finished yet. */
  get size(): number {
    return this.pending.size;
  }

  /**
   * Waits until nothing is in flight or `deadlineMs` has passed, whichever
   * comes first; work that arrives while waiting is waited for too.
   */
  async drain(deadlineMs: number): Promise<StopReport> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<"late">((resolve) => {
      timer = setTimeout(() => resolve("late"), deadlineMs);
    });
    const settle = () =>
      new Promise<"settled">((resolve) => setTimeout(resolve, SETTLE_MS, "settled"));
    for (;;) {
      const outcome = await Promise.race([Promise.all([...this.pending]).then(settle), deadline]);
      if (outcome === "late" || this.pending.size === 0) break;
    }
    clearTimeout(timer);
    return {
      answered: this.answered,
      unanswered: this.unanswered,
      messagesAnswered: this.messagesAnswered,
      cutOff: this.pending.size,
    };
  }
}
