import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AnswerEngine, loadContent } from "../../src/core/index.ts";
import { generateCorpus } from "../bench/generated-corpus.ts";
import { article } from "../helpers.ts";

describe("the index cache", () => {
  const documents = loadContent(generateCorpus(1.2, 7));
  const questions = ["kalomi tersu Russia", "Why did Iran turn to Moscow?", "zobel stomen grater"];

  it("saves a large corpus's index and answers the same from it", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "qa-cache-"));
    const built = new AnswerEngine(documents, { cacheDir });
    expect(readdirSync(cacheDir).filter((name) => name.endsWith(".json"))).toHaveLength(1);
    const loaded = new AnswerEngine(documents, { cacheDir });
    for (const question of questions)
      expect(loaded.answer(question)).toEqual(built.answer(question));
  });

  it("rebuilds when the cached file is corrupt", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "qa-cache-"));
    const built = new AnswerEngine(documents, { cacheDir });
    const [file] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, file as string), "{ not json");
    const rebuilt = new AnswerEngine(documents, { cacheDir });
    expect(rebuilt.answer(questions[0] as string)).toEqual(built.answer(questions[0] as string));
  });

  it("keys the cache by content: other passages get another file", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "qa-cache-"));
    new AnswerEngine(documents, { cacheDir });
    new AnswerEngine(documents.slice(1), { cacheDir });
    expect(readdirSync(cacheDir).filter((name) => name.endsWith(".json"))).toHaveLength(2);
  });

  it("leaves small corpora alone", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "qa-cache-"));
    new AnswerEngine(article().documents, { cacheDir });
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});
