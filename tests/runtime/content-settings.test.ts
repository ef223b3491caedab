import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDocument } from "../../src/core/content/load-content.ts";
import { ContentError, DEFAULT_CONTENT_LIMITS, MEGABYTE } from "../../src/core/index.ts";
import {
  contentLimitsFrom,
  defaultCacheDir,
  defaultContentDir,
} from "../../src/runtime/content-settings.ts";

/** The message `run` fails with, checked to be a ContentError. */
function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error("did not fail");
}

/** Runs `run` with CONTENT_MAX_FILE_MB set to `value` in process.env, then puts it back. */
function withFileLimit<T>(value: string, run: () => T): T {
  const before = process.env.CONTENT_MAX_FILE_MB;
  process.env.CONTENT_MAX_FILE_MB = value;
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env.CONTENT_MAX_FILE_MB;
    else process.env.CONTENT_MAX_FILE_MB = before;
  }
}

describe("where the content and its index cache are", () => {
  it("caches in the content folder unless INDEX_CACHE_DIR says where", () => {
    expect(defaultCacheDir("/srv/articles", {})).toBe(join("/srv/articles", ".cache"));
    expect(defaultCacheDir("/srv/articles", { INDEX_CACHE_DIR: "/var/cache/qa" })).toBe(
      "/var/cache/qa",
    );
  });

  it("reads the content from CONTENT_DIR, else content/", () => {
    expect(defaultContentDir({})).toBe("content");
    expect(defaultContentDir({ CONTENT_DIR: "  " })).toBe("content");
    expect(defaultContentDir({ CONTENT_DIR: " /srv/articles " })).toBe("/srv/articles");
  });
});

describe("contentLimitsFrom: the size limits set in the environment", () => {
  it("uses the defaults when the settings are missing or blank", () => {
    expect(contentLimitsFrom({})).toEqual(DEFAULT_CONTENT_LIMITS);
    expect(contentLimitsFrom({ CONTENT_MAX_FILE_MB: "  ", CONTENT_MAX_TOTAL_MB: "" })).toEqual(
      DEFAULT_CONTENT_LIMITS,
    );
  });

  it("reads each setting as megabytes, fractions and spaces allowed", () => {
    expect(contentLimitsFrom({ CONTENT_MAX_FILE_MB: " 1.5 ", CONTENT_MAX_TOTAL_MB: "3" })).toEqual({
      maxFileBytes: 1.5 * MEGABYTE,
      maxTotalBytes: 3 * MEGABYTE,
    });
  });

  it("refuses a setting that is not a number above 0, naming it and what it held", () => {
    for (const value of ["0", "-1", "abc", "Infinity"])
      expect(failure(() => contentLimitsFrom({ CONTENT_MAX_TOTAL_MB: value }))).toBe(
        `CONTENT_MAX_TOTAL_MB must be a number of megabytes above 0 (got "${value}"); fix it in .env or leave it empty`,
      );
    expect(failure(() => contentLimitsFrom({ CONTENT_MAX_FILE_MB: "0" }))).toMatch(
      /^CONTENT_MAX_FILE_MB must be/,
    );
  });

  it("reads process.env when given no environment", () => {
    expect(withFileLimit("2", () => contentLimitsFrom().maxFileBytes)).toBe(2 * MEGABYTE);
  });

  it("takes the file size limit from the environment, as the loader applies it", () => {
    const dir = mkdtempSync(join(tmpdir(), "content-limits-"));
    writeFileSync(join(dir, "big.md"), "x".repeat(1.5 * MEGABYTE));
    const load = () =>
      loadDocument(join(dir, "big.md"), { maxBytes: contentLimitsFrom().maxFileBytes });
    expect(failure(() => withFileLimit("1", load))).toMatch(/1\.5 MB, over the 1 MB/);
  });
});
