import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, it } from "vitest";

it("npm run fuzz runs and reports each kind of failure, and its slowest query", async () => {
  const { stdout } = await promisify(execFile)("npm", [
    "run",
    "--silent",
    "fuzz",
    "--",
    "--count",
    "200",
    "--seed",
    "1",
  ]);
  expect(stdout).toMatch(/^fuzz: 200 queries, seed 1, /);
  for (const line of [
    "exceptions            0",
    "payloads over limits  0",
    "pings allowed         0",
    "stray Markdown        0",
  ]) {
    expect(stdout).toContain(line);
  }
  expect(stdout).toMatch(/^ {2}slowest query {9}\d+\.\d ms: "/m);
});

it.each([["--help"], ["--cuont", "5"], ["--count", "-5"], ["--content", "/no/such/folder"]])(
  "npm run fuzz -- %s: help, or one line saying what is wrong",
  async (...args) => {
    const result = await promisify(execFile)("npm", ["run", "--silent", "fuzz", "--", ...args], {
      timeout: 60_000,
    }).catch((error: { stdout: string; stderr: string; code: number }) => error);
    const { stdout, stderr } = result as { stdout: string; stderr: string };
    if (args[0] === "--help") {
      expect(stdout).toMatch(/^usage: npm run --silent fuzz -- \[--count N\]/);
      return;
    }
    expect((result as { code?: number }).code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/^\s+at /m);
  },
);
