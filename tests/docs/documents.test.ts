import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDoc } from "./markdown.ts";

const DOCUMENTS = [
  "README.md",
  ...readdirSync("docs")
    .filter((name) => name.endsWith(".md"))
    .map((name) => join("docs", name)),
];

/** The relative link targets of `markdown` (no web addresses, no in-page anchors), without their anchors. */
function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] ?? "")
    .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith("#"))
    .map((target) => target.replace(/#.*$/, ""));
}

describe("the documentation", () => {
  it.each(DOCUMENTS)("%s links only to files that exist", (document) => {
    const missing = relativeLinks(readDoc(document)).filter(
      (target) => !existsSync(join(dirname(document), target)),
    );
    expect(missing).toEqual([]);
  });

  it("keeps the README short enough to read through: at most 12 KB", () => {
    expect(Buffer.byteLength(readDoc("README.md"))).toBeLessThanOrEqual(12 * 1024);
  });

  it("keeps docs/mutation.md to how to run it and a summary: at most 6 KB", () => {
    expect(Buffer.byteLength(readDoc("docs/mutation.md"))).toBeLessThanOrEqual(6 * 1024);
  });
});
