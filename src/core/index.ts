/**
 * The core: content → passages → index → answers. Knows nothing of Discord
 * or terminals; adapters build one {@link AnswerEngine} and call `answer()`.
 */
import { join } from "node:path";
import { AnswerEngine } from "./answer.ts";
import { loadContent } from "./content/load-content.ts";
import { readSynonyms } from "./content/synonyms-file.ts";

export type { Answer, AnswerOptions, DeclineReason, QuotedPassage } from "./answer.ts";
export { AnswerEngine, MAX_QUESTION_CHARS, quotedPassageOf } from "./answer.ts";
export type { ContentDocument } from "./content/load-content.ts";
export { ContentError, loadContent } from "./content/load-content.ts";
export { readSynonyms, SYNONYMS_FILE } from "./content/synonyms-file.ts";
export type { Passage } from "./passages.ts";

/** The content folder: `CONTENT_DIR` from the environment, else `content/`. */
export function defaultContentDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CONTENT_DIR?.trim() || "content";
}

/** The folder inside the content folder that holds its index cache unless INDEX_CACHE_DIR says otherwise (hidden, so never read as a document). */
export const CONTENT_CACHE_FOLDER = ".cache";

/**
 * Where the index of the content in `contentDir` is cached: `INDEX_CACHE_DIR`,
 * else `.cache/` inside the content folder, so each content folder has its
 * own cache wherever the command runs from.
 */
export function defaultCacheDir(contentDir: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.INDEX_CACHE_DIR?.trim() || join(contentDir, CONTENT_CACHE_FOLDER);
}

/**
 * Loads the documents in `dir` and the admin's synonyms, and builds an
 * engine over them (its `synonymProblems` list the synonyms left out).
 * Throws ContentError.
 */
export function createEngine(
  dir: string = defaultContentDir(),
  cacheDir: string | undefined = defaultCacheDir(dir),
): AnswerEngine {
  const documents = loadContent(dir);
  return new AnswerEngine(documents, { cacheDir, ...readSynonyms(dir, documents) });
}
