import { spawn } from "node:child_process";

/** What a finished command printed and how it ended. */
export interface CommandResult {
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * Runs a command as a user would, in a real child process from the project
 * folder, feeding it `input`. `CONTENT_DIR` is cleared so the shipped content
 * is what answers unless a test says otherwise.
 */
export function run(
  command: string,
  args: string[],
  input = "",
  env: NodeJS.ProcessEnv = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, CONTENT_DIR: "", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ stdout, stderr, code: code ?? -1 }));
    child.stdin.end(input);
  });
}

/** Runs a terminal command of the project straight through tsx (no npm in between). */
export function runCli(script: string, args: string[], input?: string): Promise<CommandResult> {
  return run("node_modules/.bin/tsx", [`src/cli/${script}.ts`, ...args], input);
}

/** Runs a shell command line exactly as printed, e.g. one copied from the README. */
export function runShell(commandLine: string): Promise<CommandResult> {
  return run("sh", ["-c", commandLine]);
}
