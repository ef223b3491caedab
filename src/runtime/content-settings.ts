/**
 * Where the content and its index cache are, and how much the content may
 * hold, as the environment says: the core takes all of them as arguments
 * and reads no environment itself.
 */
import { join } from "node:path";
import type { ContentLimits } from "../core/index.ts";
import {
  CONTENT_CACHE_FOLDER,
  ContentError,
  DEFAULT_MAX_FILE_MB,
  DEFAULT_MAX_TOTAL_MB,
  MEGABYTE,
} from "../core/index.ts";

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

/**
 * The content limits set in `env` (CONTENT_MAX_FILE_MB, CONTENT_MAX_TOTAL_MB,
 * in megabytes), else the core's defaults. Throws a ContentError naming a
 * setting that is not a number above 0.
 */
export function contentLimitsFrom(env: NodeJS.ProcessEnv = process.env): ContentLimits {
  const megabytes = (name: string, fallback: number) => {
    const value = env[name]?.trim();
    if (!value) return fallback;
    const number = Number(value);
    if (!Number.isFinite(number) || number <= 0)
      throw new ContentError(
        `${name} must be a number of megabytes above 0 (got "${value}"); fix it in .env or leave it empty`,
      );
    return number;
  };
  return {
    maxFileBytes: megabytes("CONTENT_MAX_FILE_MB", DEFAULT_MAX_FILE_MB) * MEGABYTE,
    maxTotalBytes: megabytes("CONTENT_MAX_TOTAL_MB", DEFAULT_MAX_TOTAL_MB) * MEGABYTE,
  };
}
