import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";

// Checks that the benchmark runs and reports every figure; never fails on a time.
it("npm run bench -- --quick prints the table and writes the JSON", async () => {
  const out = join(mkdtempSync(join(tmpdir(), "qa-bench-")), "bench.json");
  const { stdout } = await promisify(execFile)(
    "npm",
    ["run", "--silent", "bench", "--", "--quick", "--out", out],
    { timeout: 120_000 },
  );
  expect(stdout).toContain("| article, Discord client built (under tsx) |");
  expect(stdout).toContain("| /ask via fake Discord |");
  const results = JSON.parse(readFileSync(out, "utf8"));
  for (const run of [results.article, results.corpusCold, results.corpusWarm]) {
    for (const key of ["buildMs", "p50Ms", "p99Ms", "questionsPerSecond", "rssMb"])
      expect(typeof run[key]).toBe("number");
  }
  expect(results.corpusCold.passages).toBeGreaterThan(1000);
  expect(results.endToEnd).toMatchObject({ interactions: 100, lost: 0 });
  expect(results.endToEnd.answered).toBe(100);
}, 150_000);
