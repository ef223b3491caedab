/** Users remembered at most; past it the one seen longest ago is forgotten first. */
export const MAX_TRACKED_USERS = 100_000;

/** What a rate limit says about one more request. */
export type RateDecision =
  | { allowed: true }
  | {
      allowed: false;
      /** Seconds until the user may ask again. */
      waitSeconds: number;
      /** True for the first refusal in a window: say "slow down" once, then stay silent. */
      notify: boolean;
    };

interface UserWindow {
  /** When the user's allowed requests in the window were made, oldest first (at most `max`). */
  times: number[];
  /** When the user was last told to slow down. */
  notifiedAt: number;
  /** When the user last made any request; the map is kept in this order. */
  lastSeen: number;
}

/**
 * Per-user rate limit: at most `max` requests in any `windowSeconds`.
 * Memory is bounded: users are kept in the order they were last seen, so
 * the ones idle for a whole window are at the front and are forgotten as
 * the next requests come in — each user at most once per visit, which
 * makes the sweep amortised constant time per request, however many users.
 */
export class RateLimiter {
  private readonly users = new Map<string, UserWindow>();
  private readonly windowMs: number;

  constructor(
    private readonly max: number,
    windowSeconds: number,
    private readonly now: () => number = Date.now,
    private readonly maxTracked: number = MAX_TRACKED_USERS,
  ) {
    this.windowMs = windowSeconds * 1000;
  }

  /** Users currently remembered. */
  get size(): number {
    return this.users.size;
  }

  /** Counts one request from `userId` and says whether it may be served. */
  take(userId: string): RateDecision {
    const now = this.now();
    this.forgetIdle(now);
    const user = this.users.get(userId) ?? { times: [], notifiedAt: -Infinity, lastSeen: now };
    // Re-inserting keeps the map ordered by when each user was last seen.
    this.users.delete(userId);
    user.lastSeen = now;
    this.users.set(userId, user);
    if (this.users.size > this.maxTracked) this.forgetOldest();
    while (user.times.length > 0 && now - (user.times[0] as number) >= this.windowMs)
      user.times.shift();
    if (user.times.length < this.max) {
      user.times.push(now);
      return { allowed: true };
    }
    const waitSeconds = Math.max(
      1,
      Math.ceil(((user.times[0] as number) + this.windowMs - now) / 1000),
    );
    const notify = now - user.notifiedAt >= this.windowMs;
    if (notify) user.notifiedAt = now;
    return { allowed: false, waitSeconds, notify };
  }

  /** Drops users idle for a whole window: all their requests and notices have expired. */
  private forgetIdle(now: number): void {
    for (const [userId, user] of this.users) {
      if (now - user.lastSeen < this.windowMs) return;
      this.users.delete(userId);
    }
  }

  private forgetOldest(): void {
    const oldest = this.users.keys().next();
    if (!oldest.done) this.users.delete(oldest.value);
  }
}
