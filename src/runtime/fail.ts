/**
 * Ends a command-line program (the terminal tools and the bot's entry points)
 * with one line on stderr saying what is wrong, and exit code 1: no stack trace.
 */
export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
