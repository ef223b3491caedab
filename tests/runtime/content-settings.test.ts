import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultCacheDir, defaultContentDir } from "../../src/runtime/content-settings.ts";

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
