/**
 * Where the content and its index cache are, as the environment says: the
 * core takes both folders as arguments and reads no environment itself.
 */
import { join } from "node:path";
import { CONTENT_CACHE_FOLDER } from "../core/index.ts";

/** The content folder: `CONTENT_DIR` from the environment, else `content/`. */
export function defaultContentDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CONTENT_DIR?.trim() || "content";
}

/**
 * Where the index of the content in `contentDir` is cached: `INDEX_CACHE_DIR`,
 * else `.cache/` inside the content folder, so each content folder has its
 * own cache wherever the command runs from.
 */
export function defaultCacheDir(contentDir: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.INDEX_CACHE_DIR?.trim() || join(contentDir, CONTENT_CACHE_FOLDER);
}
