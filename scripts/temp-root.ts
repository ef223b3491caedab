/**
 * One folder for a run's temporary files. Pointing TMPDIR (and TMP, TEMP on
 * Windows) at it makes `os.tmpdir()` return it in this process and in every
 * process started after with this environment — vitest's workers, the
 * commands tests start — so every `mkdtempSync(join(tmpdir(), …))` lands
 * inside, and removing the one folder at the end leaves nothing behind.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The variables `os.tmpdir()` reads, POSIX first. */
const TEMP_VARIABLES = ["TMPDIR", "TMP", "TEMP"] as const;

/** A run's temporary folder, in use until `remove()`. */
export interface TempRoot {
  readonly path: string;
  /** Deletes the folder and all in it, and restores the previous temp settings. */
  remove(): void;
}

/** Creates a fresh folder named `prefix…` in the temp directory and makes it the temp directory. */
export function useTempRoot(prefix: string): TempRoot {
  const path = mkdtempSync(join(tmpdir(), prefix));
  const previous = TEMP_VARIABLES.map((name) => [name, process.env[name]] as const);
  for (const name of TEMP_VARIABLES) process.env[name] = path;
  return {
    path,
    remove() {
      for (const [name, value] of previous) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      rmSync(path, { recursive: true, force: true });
    },
  };
}
