import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import MiniSearch from "minisearch";
import type { IndexTables } from "./index-tables.ts";
import { decodeIndexTables, encodeIndexTables } from "./index-tables-file.ts";
import type { IndexedPassage } from "./minisearch-options.ts";
import { MINISEARCH_OPTIONS } from "./minisearch-options.ts";
import type { Passage } from "./passages.ts";
import { pipelineFingerprint } from "./text/terms.ts";

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
 * back to building.
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
  try {
    const tables = decodeIndexTables(readFileSync(tablesFile));
    if (tables.firstSentenceOf.length !== passages.length) throw new Error("other passages");
    const search = MiniSearch.loadJSON<IndexedPassage>(
      readFileSync(searchFile, "utf8"),
      MINISEARCH_OPTIONS,
    );
    if (search.documentCount !== passages.length) throw new Error("other passages");
    return { search, tables };
  } catch {
    // No cache yet, or one that cannot be used: build instead.
  }
  const built = build();
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeAtomically(tablesFile, encodeIndexTables(built.tables));
    writeAtomically(searchFile, JSON.stringify(built.search));
  } catch {
    // A read-only or full disk only costs the next start-up a rebuild.
  }
  return built;
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
