import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.ts";

it("keeps a vote acknowledged to a member when the process is killed (kill -9) right after", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "qa-durable-"));
  // One process, not tsx's wrapper around another: the kill must hit the process that wrote.
  const child = spawn(process.execPath, [
    "--import",
    "tsx",
    "tests/store/vote-then-wait.ts",
    dataDir,
    "1000000000000000001",
  ]);
  const acknowledged = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      if (out.includes("\n")) {
        child.kill("SIGKILL");
        resolve(out.trim());
      }
    });
    child.on("exit", () => reject(new Error(`the child ended before acknowledging: ${out}`)));
  });
  expect(acknowledged).toBe("acknowledged recorded");
  await new Promise((resolve) => child.once("close", resolve));
  expect(child.signalCode).toBe("SIGKILL");

  const store = await openStore({ dataDir });
  const report = await store.report({ since: 0 });
  expect(report.questions).toEqual([
    { question: "Who is Lavrov?", asked: 1, outcome: "answered", helpful: 0, notHelpful: 1 },
  ]);
  await store.close();
});
