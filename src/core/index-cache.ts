import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import MiniSearch from "minisearch";
import type { IndexedPassage } from "./minisearch-options.ts";
import { MINISEARCH_OPTIONS } from "./minisearch-options.ts";
import type { Passage } from "./passages.ts";
import { pipelineFingerprint } from "./text/terms.ts";

/** Below this much text, building is faster than reading a cache. */
export const MIN_CACHED_CHARS = 1_000_000;
/** Bump when the cache's format changes. */
const CACHE_FORMAT = 1;
/**
 * The MiniSearch index of `passages`, read from `cacheDir` when an index of
 * the very same passages, built by the very same pipeline, is there; else
 * built and saved for next time. Small corpora are never cached. Any cache
 * problem (unreadable, corrupt, read-only folder) falls back to building.
 */
export function loadOrBuildMiniSearch(
  passages: readonly Passage[],
  indexed: readonly IndexedPassage[],
  cacheDir: string | undefined,
): MiniSearch<IndexedPassage> {
  const chars = passages.reduce((sum, passage) => sum + passage.text.length, 0);
  if (!cacheDir || chars < MIN_CACHED_CHARS) return build(indexed);
  const file = join(cacheDir, `minisearch-${cacheKey(passages)}.json`);
  try {
    return MiniSearch.loadJSON<IndexedPassage>(readFileSync(file, "utf8"), MINISEARCH_OPTIONS);
  } catch {
    // No cache yet, or one that cannot be used: build instead.
  }
  const search = build(indexed);
  try {
    mkdirSync(cacheDir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(search));
    renameSync(temporary, file);
  } catch {
    // A read-only or full disk only costs the next start-up a rebuild.
  }
  return search;
}

function build(indexed: readonly IndexedPassage[]): MiniSearch<IndexedPassage> {
  const search = new MiniSearch<IndexedPassage>(MINISEARCH_OPTIONS);
  search.addAll(indexed);
  return search;
}

/** A hash of the passages (ids, documents, texts), the pipeline's fingerprint and the cache format. */
export function cacheKey(passages: readonly Passage[]): string {
  const hash = createHash("sha256");
  hash.update(`${CACHE_FORMAT}\u0000${pipelineFingerprint()}\u0000`);
  for (const passage of passages)
    hash.update(`${passage.id}\u0000${passage.documentId}\u0000${passage.text}\u0001`);
  return hash.digest("hex").slice(0, 32);
}
