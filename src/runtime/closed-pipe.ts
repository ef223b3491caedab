/**
 * A reader that closes the pipe early (`npm run eval -- set.json | head`) is
 * not an error: the command stops quietly instead of crashing with EPIPE.
 */
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
