import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const packageJson = JSON.parse(readFileSync("package.json", "utf8")) as {
  scripts: Record<string, string>;
};

export interface HttpProcess {
  child: ChildProcess;
  stderr(): string;
  exited: Promise<number | null>;
  /** The JSON log lines written so far. */
  logLines(): Record<string, unknown>[];
  /** Resolves with the port once the process listens; rejects if it exits first. */
  listening: Promise<number>;
}

/**
 * Runs the command behind `npm run start:http` (the build was done once by
 * the global setup) with only `env` set — no `.env` — and without npm in
 * between, so a signal reaches the process itself.
 */
export function startHttpProcess(env: Record<string, string>): HttpProcess {
  const [command = "", ...args] = (packageJson.scripts["start:http"] as string).split(" ");
  const child = spawn(command === "node" ? process.execPath : command, args, {
    env: {
      PATH: process.env.PATH,
      DOTENV_CONFIG_PATH: "/nonexistent/.env",
      // Questions are kept in the run's temporary folder, not in the project's data/.
      DATA_DIR: mkdtempSync(join(tmpdir(), "qa-data-")),
      ...env,
    },
  });
  let stderr = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const logLines = () =>
    stderr
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  const listening = new Promise<number>((resolve, reject) => {
    child.stderr?.on("data", (chunk) => {
      stderr += chunk;
      const line = logLines().find((entry) => entry.event === "listening");
      if (line) resolve(Number(line.port));
    });
    void exited.then((code) =>
      reject(new Error(`exited with ${code} before listening: ${stderr}`)),
    );
  });
  // A test that only checks the exit must not leave this rejection unhandled.
  listening.catch(() => undefined);
  return { child, stderr: () => stderr, exited, logLines, listening };
}

/** Ends `server` if it still runs. */
export function killHttpProcess(server: HttpProcess): void {
  if (server.child.exitCode === null && server.child.signalCode === null)
    server.child.kill("SIGKILL");
}
