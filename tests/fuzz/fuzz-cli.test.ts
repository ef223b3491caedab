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
