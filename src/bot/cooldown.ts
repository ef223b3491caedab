/**
 * Per-user rate limit: at most `maxQuestions` in any `windowSeconds`. Old
 * timestamps are dropped as users come back, so memory follows active users.
 */
export class Cooldown {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly maxQuestions: number,
    private readonly windowSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a question from `userId`; returns 0 if allowed, else seconds to wait. */
  take(userId: string): number {
    const now = this.now();
    const windowMs = this.windowSeconds * 1000;
    const times = (this.recent.get(userId) ?? []).filter((time) => now - time < windowMs);
    if (times.length >= this.maxQuestions) {
      this.recent.set(userId, times);
      return Math.max(1, Math.ceil(((times[0] as number) + windowMs - now) / 1000));
    }
    times.push(now);
    this.recent.set(userId, times);
    if (this.recent.size > 10_000) this.sweep(now);
    return 0;
  }

  private sweep(now: number): void {
    const windowMs = this.windowSeconds * 1000;
    for (const [userId, times] of this.recent) {
      if (times.every((time) => now - time >= windowMs)) this.recent.delete(userId);
    }
  }
}
