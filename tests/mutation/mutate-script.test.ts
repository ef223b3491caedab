import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * A whole mutation run of one file takes minutes, so this checks the part
 * that can break without a source change: `npm run mutate` finds the file,
 * instruments it and runs the tests that cover it once, unmutated
 * (`--dryRunOnly`). No mutant is tested and no result file is written.
 */
const DRY_RUN_TIMEOUT_MS = 300_000;

/** Runs `npm run mutate` with `args` in a child process, as a user would, with `temp` as its temp folder. */
function mutate(args: string[], temp: string): Promise<{ output: string; code: number }> {
  // Vitest's own variables would tell the vitest inside Stryker it is a worker of this run.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("VITEST")),
  );
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "mutate", "--", ...args], {
      env: { ...env, NO_COLOR: "1", FORCE_COLOR: "0", TMPDIR: temp, TMP: temp, TEMP: temp },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => resolve({ output, code: code ?? -1 }));
  });
}

describe("npm run mutate", () => {
  it(
    "mutates only the file named by --mutate and runs its tests green before mutating, leaving nothing in the temp folder",
    async () => {
      const temp = mkdtempSync(join(tmpdir(), "qa-mutate-temp-"));
      const { output, code } = await mutate(
        ["--mutate", "src/core/content/page-markers.ts", "--dryRunOnly"],
        temp,
      );
      expect(code, output).toBe(0);
      expect(output).toContain("Found 1 of");
      const instrumented = /Instrumented 1 source file\(s\) with (\d+) mutant\(s\)/.exec(output);
      expect(Number(instrumented?.[1])).toBeGreaterThan(0);
      expect(output).toContain("Initial test run succeeded");
      // tsx, which runs the temp-folder wrapper, keeps one cache folder per user (tsx-UID), reused by every run.
      expect(readdirSync(temp).filter((name) => !/^tsx-\d+$/.test(name))).toEqual([]);
    },
    DRY_RUN_TIMEOUT_MS,
  );
});
