/**
 * The core: content → passages → index → answers. Knows nothing of Discord
 * or terminals; adapters build one {@link AnswerEngine} and call `answer()`.
 */
import { join } from "node:path";
import type { ContentLimits } from "./content/load-content.ts";
import { DEFAULT_CONTENT_LIMITS, loadContent } from "./content/load-content.ts";
import { readSynonyms } from "./content/synonyms-file.ts";
import { AnswerEngine } from "./engine.ts";

export type { Answer, AnswerOptions, DeclineReason, QuotedPassage } from "./answer.ts";
export { DEFAULT_ANSWER_LIMIT, MAX_ANSWER_LIMIT, PAGE_SIZE } from "./answer.ts";
export { MAX_URL_CHARS } from "./content/front-matter.ts";
export type { ContentDocument, ContentLimits } from "./content/load-content.ts";
export {
  ContentError,
  DEFAULT_CONTENT_LIMITS,
  DEFAULT_MAX_FILE_MB,
  DEFAULT_MAX_TOTAL_MB,
  loadContent,
  MEGABYTE,
} from "./content/load-content.ts";
export { readSynonyms, SYNONYMS_FILE } from "./content/synonyms-file.ts";
export { AnswerEngine, MAX_QUESTION_CHARS } from "./engine.ts";
export { quotedPassageOf } from "./passages/excerpts.ts";
export type { Passage } from "./passages/passages.ts";

/** The folder inside the content folder that holds its index cache unless told otherwise (hidden, so never read as a document). */
export const CONTENT_CACHE_FOLDER = ".cache";

/**
 * Loads the documents in `dir` and the admin's synonyms, and builds an
 * engine over them (its `synonymProblems` list the synonyms left out), its
 * index cached in `cacheDir` (by default {@link CONTENT_CACHE_FOLDER} inside
 * `dir`; undefined: not cached), its documents within `limits`. Throws
 * ContentError. Which folders and limits is for the entry points to say
 * (`src/runtime/content-settings.ts` reads them from the environment).
 */
export function createEngine(
  dir: string,
  cacheDir: string | undefined = join(dir, CONTENT_CACHE_FOLDER),
  limits: ContentLimits = DEFAULT_CONTENT_LIMITS,
): AnswerEngine {
  const documents = loadContent(dir, limits);
  return new AnswerEngine(documents, { cacheDir, ...readSynonyms(dir, documents) });
}
