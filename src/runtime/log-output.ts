/**
 * Where log lines go when nobody may be reading any more. A log reader that
 * goes away (a log shipper that dies, `npm start 2>&1 | head`, a journal
 * restart) makes every later write fail with EPIPE; unheard, that error would
 * reach the uncaught-exception guard, whose own log line fails the same way,
 * and so on without end. Lines that cannot be written are dropped instead:
 * the bot goes on answering without its log.
 */

/** A stream log lines can be written to: stderr, or anything shaped like it. */
export interface LineStream {
  write(line: string): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  readonly destroyed?: boolean;
  readonly writable?: boolean;
}

/**
 * A function writing each line to `stream` that never throws and never lets
 * the stream raise an unheard error: once a write has failed, or the stream
 * is closed, every later line is dropped.
 */
export function droppingWriter(stream: LineStream): (line: string) => void {
  let broken = false;
  stream.on("error", () => {
    broken = true;
  });
  return (line) => {
    if (broken || stream.destroyed === true || stream.writable === false) return;
    try {
      stream.write(line);
    } catch {
      broken = true;
    }
  };
}

let stderrWriter: ((line: string) => void) | undefined;

/** The process's one dropping writer to stderr (one error listener, however many loggers). */
export function stderrLines(): (line: string) => void {
  stderrWriter ??= droppingWriter(process.stderr);
  return stderrWriter;
}
