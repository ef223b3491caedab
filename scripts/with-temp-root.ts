/**
 * `tsx scripts/with-temp-root.ts COMMAND [ARGS…]`: runs COMMAND with its own
 * temporary folder (see temp-root.ts) and removes that folder when it ends,
 * however it ends. Exits with COMMAND's exit code.
 */
import { spawn } from "node:child_process";
import { constants } from "node:os";
import { useTempRoot } from "./temp-root.ts";

const [command, ...args] = process.argv.slice(2);
if (command === undefined) {
  process.stderr.write("usage: tsx scripts/with-temp-root.ts COMMAND [ARGS…]\n");
  process.exit(1);
}

const temp = useTempRoot("qa-run-");
const child = spawn(command, args, { stdio: "inherit" });
// Ctrl+C reaches the whole process group; the command's own exit ends this one.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("error", (error) => {
  temp.remove();
  process.stderr.write(`${command}: ${error.message}\n`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  temp.remove();
  // A command ended by a signal exits as shells report it: 128 + the signal's number.
  process.exit(code ?? 128 + (signal === null ? 0 : constants.signals[signal]));
});
