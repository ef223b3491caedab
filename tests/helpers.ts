import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AnswerEngine } from "../src/core/index.ts";
import { createEngine } from "../src/core/index.ts";

/** The project's own content folder, as the product ships it. */
export const ARTICLE_DIR = "content";

let articleEngine: AnswerEngine | undefined;
/** One engine over the article, shared by the tests of a file. */
export function article(): AnswerEngine {
  articleEngine ??= createEngine(ARTICLE_DIR);
  return articleEngine;
}

/** A fresh folder holding `files` (name → text or bytes). */
export function contentFolder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "qa-content-"));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}
