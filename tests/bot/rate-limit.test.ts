import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../src/bot/rate-limit.ts";

/** A clock the test moves by hand. */
function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("RateLimiter", () => {
  it("allows `max` requests in a window, then one notice, then silence, until the window moves on", () => {
    const time = clock();
    const limit = new RateLimiter(2, 30, time.now);
    expect(limit.take("a")).toEqual({ allowed: true });
    time.advance(10_000);
    expect(limit.take("a")).toEqual({ allowed: true });
    expect(limit.take("a")).toEqual({ allowed: false, waitSeconds: 20, notify: true });
    expect(limit.take("a")).toEqual({ allowed: false, waitSeconds: 20, notify: false });
    expect(limit.take("b")).toEqual({ allowed: true });
    time.advance(20_000);
    expect(limit.take("a")).toEqual({ allowed: true });
  });

  it("forgets users idle for a window, so memory follows the users of the last window", () => {
    const time = clock();
    const limit = new RateLimiter(5, 30, time.now);
    for (let user = 0; user < 40_000; user += 1) limit.take(`user${user}`);
    expect(limit.size).toBe(40_000);
    time.advance(30_000);
    limit.take("latecomer");
    expect(limit.size).toBe(1);
  });

  it("never remembers more users than its bound, forgetting the longest idle first", () => {
    const time = clock();
    const limit = new RateLimiter(1, 30, time.now, 100);
    limit.take("first");
    for (let user = 0; user < 1000; user += 1) limit.take(`user${user}`);
    expect(limit.size).toBe(100);
    // "first" was forgotten, so it may ask again; the most recent user may not.
    expect(limit.take("first").allowed).toBe(true);
    expect(limit.take("user999").allowed).toBe(false);
  });
});
