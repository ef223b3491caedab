import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import MiniSearch from "minisearch";
import { loadContent } from "../../src/core/index.ts";
import { buildPassages } from "../../src/core/passages/passages.ts";
import { contentLimitsFrom } from "../../src/runtime/content-settings.ts";

/** What the benchmark measures plain MiniSearch with: its index over the same passages. */
export interface PlainMiniSearch {
  documents: number;
  chars: number;
  /** The passages' texts, by id: what a plain bot would quote. */
  texts: string[];
  search: MiniSearch<{ id: number; text: string }>;
  /** Time of MiniSearch's own part alone: `addAll`, or `loadJSON` with the file read. */
  indexMs: number;
  fromCache: boolean;
}

/**
 * Plain MiniSearch, default options, over the very passages the bot quotes
 * (one field, `text`): the yardstick of the benchmark. With `cacheDir`, its
 * index is read with `loadJSON` from there when saved by an earlier run, else
 * built with `addAll` and saved.
 */
export function startPlainMiniSearch(contentDir: string, cacheDir?: string): PlainMiniSearch {
  const documents = loadContent(contentDir, contentLimitsFrom());
  const texts = buildPassages(documents).map((passage) => passage.text);
  const options = { fields: ["text"] };
  const file = cacheDir ? join(cacheDir, "plain-minisearch.json") : undefined;
  const started = performance.now();
  let search: MiniSearch<{ id: number; text: string }>;
  const fromCache = file !== undefined && existsSync(file);
  if (fromCache) {
    search = MiniSearch.loadJSON(readFileSync(file, "utf8"), options);
  } else {
    search = new MiniSearch(options);
    search.addAll(texts.map((text, id) => ({ id, text })));
  }
  const indexMs = performance.now() - started;
  if (file && !fromCache) {
    mkdirSync(cacheDir as string, { recursive: true });
    writeFileSync(file, JSON.stringify(search));
  }
  return {
    documents: documents.length,
    chars: documents.reduce((sum, document) => sum + document.text.length, 0),
    texts,
    search,
    indexMs,
    fromCache,
  };
}

/** Plain MiniSearch's answer to `question`: the texts of its five best passages. */
export function plainAnswer(plain: PlainMiniSearch, question: string): string[] {
  return plain.search
    .search(question)
    .slice(0, 5)
    .map((result) => plain.texts[result.id] as string);
}
