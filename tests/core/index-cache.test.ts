import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AnswerEngine, createEngine, loadContent } from "../../src/core/index.ts";
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

  it("keeps only the current content's entry: an edit replaces the old one, whatever else is there is left", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "qa-cache-"));
    writeFileSync(join(cacheDir, "notes.txt"), "mine");
    new AnswerEngine(documents, { cacheDir });
    const first = readdirSync(cacheDir).sort();
    // Three edits of the corpus: each start-up finds other passages.
    for (const edited of [documents.slice(1), documents.slice(2), documents.slice(1)])
      new AnswerEngine(edited, { cacheDir });
    const last = readdirSync(cacheDir).sort();
    expect(last).toHaveLength(3);
    expect(last).toContain("notes.txt");
    expect(last.filter((name) => name.endsWith(".json"))).toHaveLength(1);
    expect(last).not.toEqual(first);
    // Back to the first content: it is built and cached again, and the edited one's entry goes.
    new AnswerEngine(documents, { cacheDir });
    expect(readdirSync(cacheDir).sort()).toEqual(first);
  });

  it("lives in the content folder unless told where, whatever the working folder", () => {
    // A hidden folder: the loader never reads it as a document.
    const content = generateCorpus(
      1.2,
      7,
      join(mkdtempSync(join(tmpdir(), "qa-cache-")), "content"),
    );
    const engine = createEngine(content);
    expect(
      readdirSync(join(content, ".cache")).filter((name) => name.endsWith(".json")),
    ).toHaveLength(1);
    expect(createEngine(content).passages).toEqual(engine.passages);
  });

  it("leaves small corpora alone", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "qa-cache-"));
    new AnswerEngine(article().documents, { cacheDir });
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});
