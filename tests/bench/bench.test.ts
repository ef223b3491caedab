import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { hostileVerdict } from "./hostile-target.ts";

// Checks that the benchmark runs and reports every figure; never fails on a time.
it("npm run bench -- --quick prints the tables, writes the JSON and leaves no temporary folder", async () => {
  // The bench runs with a temporary folder of its own, to see what it leaves there.
  const temporary = mkdtempSync(join(tmpdir(), "qa-bench-test-"));
  const out = join(temporary, "results", "bench.json");
  try {
    const { stdout } = await promisify(execFile)(
      "npm",
      ["run", "--silent", "bench", "--", "--quick", "--out", out],
      { timeout: 240_000, env: { ...process.env, TMPDIR: temporary } },
    );
    expect(stdout).toContain("| article, Discord client built (under tsx) |");
    expect(stdout).toContain("| plain MiniSearch ~1 MB, from cache |");
    expect(stdout).toMatch(/\| start-up from cache ms \| \d+ \| \d+ \| [\d.]+× \|/);
    expect(stdout).toMatch(/\| RSS MB after the questions, from cache \| \d+ \| \d+ \| [\d.]+× \|/);
    expect(stdout).toMatch(
      /\| hostile questions, ~1 MB: \d+ of 100 asked within the time limit \|/,
    );
    expect(stdout).toMatch(
      /\| the bot \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+× \| < 20 ms and ≤ 3× \| (met|MISSED: .+) \|/,
    );
    expect(stdout).toContain("| /ask via fake Discord |");
    const results = JSON.parse(readFileSync(out, "utf8"));
    const [corpus] = results.corpora;
    for (const run of [
      results.article,
      corpus.cold,
      corpus.fromCache,
      corpus.plainCold,
      corpus.plainFromCache,
    ]) {
      for (const key of ["buildMs", "p50Ms", "p99Ms", "questionsPerSecond", "rssMb", "peakRssMb"])
        expect(typeof run[key]).toBe("number");
    }
    expect(corpus.cold.passages).toBeGreaterThan(1000);
    expect(corpus.plainCold.passages).toBe(corpus.cold.passages);
    expect(typeof corpus.plainFromCache.indexMs).toBe("number");
    expect(corpus.fromCache.hostileQueries).toBeGreaterThan(0);
    expect(typeof corpus.fromCache.hostileP99Ms).toBe("number");
    expect(results.endToEnd).toMatchObject({ interactions: 100, lost: 0 });
    expect(results.endToEnd.answered).toBe(100);
    // Every question sent (the warm-up ones too) is in the store once the bot has stopped.
    expect(results.endToEnd.storedQuestions).toBe(results.endToEnd.warmUp + 100);
    expect(results.endToEnd.storeKbPer10k).toBeGreaterThan(0);
    expect(results.endToEndNoStore).toMatchObject({ answered: 100, lost: 0, storedQuestions: 0 });
    expect(stdout).toMatch(/\| after the end-to-end run \| \d+ \| \d+ \| \d+ \| \d+ \|/);
    const leftOver = (name: string) => name.startsWith("qa-bench-") || name.startsWith("qa-e2e-");
    expect(readdirSync(temporary).filter(leftOver)).toEqual([]);
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}, 300_000);

it("flags hostile questions over their target instead of leaving the reader to compare", () => {
  expect(hostileVerdict(8.8, 8.5)).toBe("met");
  expect(hostileVerdict(12, 3)).toBe("MISSED: ratio over 3×");
  expect(hostileVerdict(29, 10.8)).toBe("MISSED: p99 not under 20 ms");
  expect(hostileVerdict(42, 10)).toBe("MISSED: p99 not under 20 ms, ratio over 3×");
});

it.each([["--help"], ["--quik"], ["--hostile", "lots"]])(
  "npm run bench -- %s: help or one line, no stack trace",
  async (...args) => {
    const result = await promisify(execFile)("npm", ["run", "--silent", "bench", "--", ...args], {
      timeout: 60_000,
    }).catch((error: { stdout: string; stderr: string; code: number }) => error);
    const { stdout, stderr } = result as { stdout: string; stderr: string };
    if (args[0] === "--help") {
      expect(stdout).toMatch(/^usage: npm run --silent bench -- \[--quick\]/);
      expect(stdout).toContain("  --hostile N");
      return;
    }
    expect((result as { code?: number }).code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/^\s+at /m);
  },
);
