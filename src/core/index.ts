/**
 * The core: content → passages → index → answers. Knows nothing of Discord
 * or terminals; adapters build one {@link AnswerEngine} and call `answer()`.
 */
import { join } from "node:path";
import { loadContent } from "./content/load-content.ts";
import { AnswerEngine } from "./engine.ts";

export type { Answer, AnswerOptions, DeclineReason, QuotedPassage } from "./answer.ts";
export type { ContentDocument } from "./content/load-content.ts";
export { ContentError, loadContent } from "./content/load-content.ts";
export { AnswerEngine, MAX_QUESTION_CHARS } from "./engine.ts";
export { quotedPassageOf } from "./passages/excerpts.ts";
export type { Passage } from "./passages/passages.ts";

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

/** Loads the documents in `dir` and builds an engine over them. Throws ContentError. */
export function createEngine(
  dir: string = defaultContentDir(),
  cacheDir: string | undefined = defaultCacheDir(dir),
): AnswerEngine {
  return new AnswerEngine(loadContent(dir), { cacheDir });
}
