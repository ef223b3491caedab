import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { ContentError, documentId, isDocumentName } from "../core/content/document-files.ts";
import {
  documentFromBytes,
  refuseDuplicateIds,
  refuseOversize,
} from "../core/content/load-content.ts";
import { contentLimitsFrom } from "../runtime/content-settings.ts";
import { fail } from "../runtime/fail.ts";

/**
 * Runs the content loader's own checks on `document`, about to be written to
 * `out`, and ends with the loader's one line (exit code 1) if the bot would
 * refuse to start with it: over CONTENT_MAX_FILE_MB, unusable front matter
 * (a `url` that is not http(s), say), not UTF-8, no text, or the same
 * document id as another document in `out`'s folder (`y.txt` beside `y.md`).
 */
export function refuseWhatTheLoaderRefuses(out: string, document: string): void {
  try {
    const bytes = Buffer.from(document, "utf8");
    refuseOversize(shown(out), bytes.length, contentLimitsFrom().maxFileBytes);
    documentFromBytes(bytes, out);
    refuseDuplicateIds([
      ...documentsBeside(out),
      { id: documentId(basename(out)), shown: shown(out) },
    ]);
  } catch (error) {
    if (error instanceof ContentError) fail(error.message);
    throw error;
  }
}

/** `path` as the loader names files: relative to the working folder. */
function shown(path: string): string {
  return relative(process.cwd(), path) || path;
}

/** The other documents already in `out`'s folder, with their ids there (`out` itself left out). */
function documentsBeside(out: string): { id: string; shown: string }[] {
  const folder = dirname(out);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  return readdirSync(folder)
    .filter((name) => isDocumentName(name) && name !== basename(out))
    .map((name) => ({ id: documentId(name), shown: shown(join(folder, name)) }));
}
