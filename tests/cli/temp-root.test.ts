import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "./run-command.ts";

/** A script that makes temporary folders the usual way, itself and in a child process, and prints their paths. */
const MAKES_TEMP_FOLDERS = `
  const { mkdtempSync } = require("node:fs");
  const { tmpdir } = require("node:os");
  const { join } = require("node:path");
  const { execFileSync } = require("node:child_process");
  console.log(mkdtempSync(join(tmpdir(), "qa-litter-")));
  process.stdout.write(execFileSync(process.execPath, ["-e",
    'console.log(require("node:fs").mkdtempSync(require("node:path").join(require("node:os").tmpdir(), "qa-litter-")))']));
`;

/** Each test starts real processes; on a busy machine that takes a while. */
const PROCESS_TIMEOUT_MS = 60_000;

describe("temporary folders", { timeout: PROCESS_TIMEOUT_MS }, () => {
  it("are made, in the test workers, inside this run's own temp folder", () => {
    expect(basename(tmpdir())).toMatch(/^qa-test-run-/);
    expect(existsSync(tmpdir())).toBe(true);
    expect(process.env.TMPDIR).toBe(tmpdir());
  });

  it("are made there by the commands the tests start, and by theirs", async () => {
    const { stdout, code } = await run(process.execPath, ["-e", MAKES_TEMP_FOLDERS]);
    expect(code).toBe(0);
    const made = stdout.trim().split("\n");
    expect(made).toHaveLength(2);
    for (const folder of made) expect(folder.startsWith(`${tmpdir()}/qa-litter-`)).toBe(true);
  });

  it("are all removed when a run ends: a wrapped command leaves its temp directory as it found it", async () => {
    const base = mkdtempSync(join(tmpdir(), "qa-base-"));
    const { stdout, code } = await run(
      "node_modules/.bin/tsx",
      ["scripts/with-temp-root.ts", process.execPath, "-e", MAKES_TEMP_FOLDERS],
      "",
      { TMPDIR: base, TMP: base, TEMP: base },
    );
    expect(code).toBe(0);
    const made = stdout.trim().split("\n");
    expect(made).toHaveLength(2);
    for (const folder of made) {
      expect(folder.startsWith(`${base}/qa-run-`)).toBe(true);
      expect(existsSync(folder)).toBe(false);
    }
    // tsx, which runs the wrapper itself, keeps one cache folder per user (tsx-UID), reused by every run.
    expect(readdirSync(base).filter((name) => !/^tsx-\d+$/.test(name))).toEqual([]);
  });

  it("a wrapped command's exit code is kept", async () => {
    const { code } = await run("node_modules/.bin/tsx", [
      "scripts/with-temp-root.ts",
      process.execPath,
      "-e",
      "process.exit(3)",
    ]);
    expect(code).toBe(3);
  });
});
