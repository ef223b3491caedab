/**
 * How long a channel whose thread was refused gets replies in the channel
 * before a thread is tried again: permissions may be granted meanwhile, and
 * retrying on every question would spend Discord's budget of refused
 * requests (10,000 per 10 minutes before an IP ban).
 */
export const THREAD_RETRY_MS = 10 * 60_000;

/**
 * The ask channels where Discord lately refused the bot a thread (missing
 * Create Public Threads or Send Messages in Threads). Bounded by the
 * number of ask channels.
 */
export class ThreadRefusals {
  private readonly refusedAt = new Map<string, number>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly retryMs: number = THREAD_RETRY_MS,
  ) {}

  /** Whether a thread was refused in `channelId` within the retry period. */
  refused(channelId: string): boolean {
    const at = this.refusedAt.get(channelId);
    return at !== undefined && this.now() - at < this.retryMs;
  }

  /** Records a refusal in `channelId`; true the first time, when it is worth a log line. */
  record(channelId: string): boolean {
    this.refusedAt.set(channelId, this.now());
    if (this.reported.has(channelId)) return false;
    this.reported.add(channelId);
    return true;
  }
}
