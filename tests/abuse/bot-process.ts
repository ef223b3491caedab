import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const packageJson = JSON.parse(readFileSync("package.json", "utf8")) as {
  scripts: Record<string, string>;
};

export interface BotProcess {
  child: ChildProcess;
  stderr(): string;
  exited: Promise<number | null>;
  /** The JSON log lines written so far. */
  logLines(): Record<string, unknown>[];
}

/**
 * Runs the command behind `npm start` (the build was done once by the global
 * setup) with only `env` set — no `.env` — and without npm in between, so a
 * signal reaches the bot itself and its own exit code is seen.
 */
export function startBotProcess(env: Record<string, string>): BotProcess {
  const [command = "", ...args] = (packageJson.scripts.start as string).split(" ");
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
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return {
    child,
    stderr: () => stderr,
    exited,
    logLines: () =>
      stderr
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

/** Ends `bot` if it still runs. */
export function killBot(bot: BotProcess): void {
  if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill("SIGKILL");
}
