import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import MiniSearch from "minisearch";
import type { Passage } from "../passages/passages.ts";
import type { IndexTables } from "./index-tables.ts";
import { decodeIndexTables, encodeIndexTables } from "./index-tables-file.ts";
import type { IndexedPassage } from "./minisearch-options.ts";
import { MINISEARCH_OPTIONS } from "./minisearch-options.ts";
import { pipelineFingerprint } from "./terms.ts";

/** Below this much text, building is faster than reading a cache. */
export const MIN_CACHED_CHARS = 1_000_000;
/** Bump when the cache's format changes. */
const CACHE_FORMAT = 2;

/** What start-up needs to answer: MiniSearch's index and the re-ranking tables. */
export interface BuiltIndex {
  search: MiniSearch<IndexedPassage>;
  tables: IndexTables;
}

/**
 * The index of `passages`, read from `cacheDir` when one of the very same
 * passages, built by the very same pipeline, is there; else made by `build`
 * and saved for next time: MiniSearch's own JSON beside a binary file of
 * the tables (index-tables-file.ts), so that start-up neither re-reads the
 * text through the pipeline nor rebuilds MiniSearch. Small corpora are never
 * cached. Any cache problem (unreadable, corrupt, read-only folder) falls
 * back to building. Entries of other content are removed, so the folder
 * holds one index at a time.
 */
export function loadOrBuildIndex(
  passages: readonly Passage[],
  cacheDir: string | undefined,
  build: () => BuiltIndex,
): BuiltIndex {
  const chars = passages.reduce((sum, passage) => sum + (passage.end - passage.start), 0);
  if (!cacheDir || chars < MIN_CACHED_CHARS) return build();
  const key = cacheKey(passages);
  const searchFile = join(cacheDir, `minisearch-${key}.json`);
  const tablesFile = join(cacheDir, `tables-${key}.bin`);
  let loaded: BuiltIndex | undefined;
  try {
    const tables = decodeIndexTables(readFileSync(tablesFile));
    if (tables.firstSentenceOf.length !== passages.length) throw new Error("other passages");
    const search = MiniSearch.loadJSON<IndexedPassage>(
      readFileSync(searchFile, "utf8"),
      MINISEARCH_OPTIONS,
    );
    if (search.documentCount !== passages.length) throw new Error("other passages");
    loaded = { search, tables };
  } catch {
    // No cache yet, or one that cannot be used: build instead.
  }
  if (loaded) {
    removeOtherEntries(cacheDir, key);
    return loaded;
  }
  const built = build();
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeAtomically(tablesFile, encodeIndexTables(built.tables));
    writeAtomically(searchFile, JSON.stringify(built.search));
    removeOtherEntries(cacheDir, key);
  } catch {
    // A read-only or full disk only costs the next start-up a rebuild.
  }
  return built;
}

/** The name of a finished cache file and the key it belongs to (temporary files do not match). */
const ENTRY_FILE = /^(?:minisearch-([0-9a-f]{32})\.json|tables-([0-9a-f]{32})\.bin)$/;

/**
 * Removes every cache entry in `cacheDir` but `key`'s: the cache holds the
 * index of the current content only, so editing a large document does not
 * leave another full copy behind each time. Files that are not cache entries
 * (anything else kept in the folder, another process's half-written file)
 * are left alone; one that cannot be removed is left for next time.
 */
function removeOtherEntries(cacheDir: string, key: string): void {
  let names: string[];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = ENTRY_FILE.exec(name);
    if (!match || (match[1] ?? match[2]) === key) continue;
    try {
      rmSync(join(cacheDir, name), { force: true });
    } catch {
      // Left for the next start-up to remove.
    }
  }
}

/** Writes `data` to `file` whole or not at all, so a reader never sees half a file. */
function writeAtomically(file: string, data: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

/** A hash of the passages (ids, documents, texts), the pipeline's fingerprint and the cache format. */
export function cacheKey(passages: readonly Passage[]): string {
  const hash = createHash("sha256");
  hash.update(`${CACHE_FORMAT}\u0000${pipelineFingerprint()}\u0000`);
  for (const passage of passages)
    hash.update(`${passage.id}\u0000${passage.documentId}\u0000${passage.text}\u0001`);
  return hash.digest("hex").slice(0, 32);
}
