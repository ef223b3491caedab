import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/core/index/search-index.ts";
import { termSequence } from "../../src/core/index/terms.ts";
import { AnswerEngine, loadContent } from "../../src/core/index.ts";
import { buildPassages } from "../../src/core/passages/passages.ts";
import { generateCorpus } from "../bench/generated-corpus.ts";
import { article, contentFolder } from "../helpers.ts";

/** The term ids `index` should hold for each sentence of each passage, read afresh from the text. */
function expectSentencesMatchText(index: SearchIndex, passages: ReturnType<typeof buildPassages>) {
  for (const passage of passages) {
    const sentences = index.sentences(passage.id);
    expect(sentences).toHaveLength(passage.sentences.length);
    passage.sentences.forEach((span, position) => {
      const terms = termSequence(passage.text.slice(span.start, span.end));
      const ids = [...new Set(terms.map((term) => index.termId(term) as number))].sort(
        (a, b) => a - b,
      );
      expect([...(sentences[position]?.terms ?? [])]).toEqual(ids);
    });
  }
}

describe("the search index's sentence terms", () => {
  it("hold each sentence's own terms, for every passage of the article", () => {
    const passages = buildPassages(article().documents);
    expectSentencesMatchText(new SearchIndex(passages), passages);
  });

  it("stay with their sentences when two files share a name in two folders", () => {
    const dir = contentFolder({});
    for (const [folder, text] of [
      ["birds", "Ravens nest on cliffs. Owls hunt at night.\n\nSparrows eat seeds."],
      ["beasts", "Tigers stalk deer. Whales sing songs.\n\nBees make honey."],
    ] as const) {
      mkdirSync(join(dir, folder));
      writeFileSync(join(dir, folder, "notes.md"), text);
    }
    const documents = loadContent(dir);
    const passages = buildPassages(documents);
    const index = new SearchIndex(passages);
    expectSentencesMatchText(index, passages);
    const bees = passages.find((passage) => passage.text.includes("Bees")) as (typeof passages)[0];
    expect(index.sentences(bees.id)[0]?.terms).toContain(index.termId("bee"));
  });

  it("count the passages holding each term", () => {
    const passages = buildPassages(article().documents);
    const index = new SearchIndex(passages);
    const id = index.termId("iran") as number;
    const holding = passages.filter((passage) => termSequence(passage.text).includes("iran"));
    expect(index.passagesWith(id)).toBe(holding.length);
  });
});

describe("the index cache", () => {
  const documents = loadContent(generateCorpus(1.2, 7));
  const questions = ["kalomi tersu Russia", "Why did Iran turn to Moscow?", "zobel stomen grater"];
  const folders: string[] = [];
  const cacheFolder = () => {
    const folder = mkdtempSync(join(tmpdir(), "qa-cache-"));
    folders.push(folder);
    return folder;
  };
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it("is read, not rebuilt, at the next start-up, and answers the same", () => {
    const cacheDir = cacheFolder();
    const built = new AnswerEngine(documents, { cacheDir });
    const files = readdirSync(cacheDir).sort();
    expect(files.map((name) => name.replace(/-\w+\./, "."))).toEqual([
      "minisearch.json",
      "tables.bin",
    ]);
    const written = files.map((name) => statSync(join(cacheDir, name)).ino);
    const loaded = new AnswerEngine(documents, { cacheDir });
    // A rebuild would have replaced the files.
    expect(files.map((name) => statSync(join(cacheDir, name)).ino)).toEqual(written);
    for (const question of questions)
      expect(loaded.answer(question)).toEqual(built.answer(question));
  });

  it("holds the very sentence terms a build makes", () => {
    const cacheDir = cacheFolder();
    const passages = buildPassages(documents);
    new SearchIndex(passages, cacheDir);
    const loaded = new SearchIndex(passages, cacheDir);
    expectSentencesMatchText(loaded, passages.slice(0, 500));
  });

  it("rebuilds when the tables file is cut short", () => {
    const cacheDir = cacheFolder();
    const built = new AnswerEngine(documents, { cacheDir });
    const tables = readdirSync(cacheDir).find((name) => name.endsWith(".bin")) as string;
    const bytes = readFileSync(join(cacheDir, tables));
    writeFileSync(join(cacheDir, tables), bytes.subarray(0, bytes.length >> 1));
    const rebuilt = new AnswerEngine(documents, { cacheDir });
    for (const question of questions)
      expect(rebuilt.answer(question)).toEqual(built.answer(question));
    expect(statSync(join(cacheDir, tables)).size).toBe(bytes.length);
  });
});
