import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import MiniSearch from "minisearch";
import { afterAll, describe, expect, it } from "vitest";
import type { BuiltIndex } from "../../../src/core/index/index-cache.ts";
import {
  cacheKey,
  loadOrBuildIndex,
  MIN_CACHED_CHARS,
} from "../../../src/core/index/index-cache.ts";
import { buildIndexTables } from "../../../src/core/index/index-tables.ts";
import { encodeIndexTables } from "../../../src/core/index/index-tables-file.ts";
import type { IndexedPassage } from "../../../src/core/index/minisearch-options.ts";
import { MINISEARCH_OPTIONS } from "../../../src/core/index/minisearch-options.ts";
import { SearchIndex } from "../../../src/core/index/search-index.ts";
import { termSequence } from "../../../src/core/index/terms.ts";
import { AnswerEngine, createEngine, loadContent } from "../../../src/core/index.ts";
import type { Passage } from "../../../src/core/passages/passages.ts";
import { buildPassages } from "../../../src/core/passages/passages.ts";
import { generateCorpus } from "../../bench/generated-corpus.ts";
import { article } from "../../helpers.ts";

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A new empty folder. */
function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "qa-cache-rules-"));
  folders.push(folder);
  return folder;
}

const SENTENCES = ["Cat sat.", "Dog ran.", "Bird flew.", "Fish swam."];

/**
 * `count` one-sentence passages that together span `chars` characters of
 * their document. Only the span decides whether a corpus is cached, so the
 * passages stand for a long document while their own text stays short.
 */
function passagesSpanning(chars: number, count = 2, documentId = "long"): Passage[] {
  const share = Math.ceil(chars / count);
  return Array.from({ length: count }, (_, id) => {
    const text = SENTENCES[id % SENTENCES.length] as string;
    const start = id * share;
    return {
      id,
      documentId,
      title: "Long",
      page: null,
      paragraph: id + 1,
      start,
      end: Math.min(chars, start + share),
      firstSentence: id,
      lastSentence: id,
      sentences: [{ start: 0, end: text.length }],
      text,
    };
  });
}

/** The index of `passages`, built as the search index builds it. */
function buildIndex(passages: readonly Passage[]): BuiltIndex {
  const search = new MiniSearch<IndexedPassage>(MINISEARCH_OPTIONS);
  const tables = buildIndexTables(passages, (passage, terms) =>
    search.add({ id: passage.id, terms: terms.join(" ") }),
  );
  return { search, tables };
}

/** Loads or builds the index of `passages` in `cacheDir`, counting the builds. */
function counted(passages: readonly Passage[], cacheDir: string | undefined) {
  let builds = 0;
  const index = loadOrBuildIndex(passages, cacheDir, () => {
    builds += 1;
    return buildIndex(passages);
  });
  return { index, builds };
}

/** What an index answers: its tables as lists, and the passages a few words find. */
function answersOf({ search, tables }: BuiltIndex) {
  return {
    vocabulary: tables.vocabulary,
    termIds: [...tables.sentenceTerms.termIds],
    firstSentenceOf: [...tables.firstSentenceOf],
    documentCount: search.documentCount,
    found: ["cat", "dog", "bird", "fish"].map((term) => search.search(term).map((hit) => hit.id)),
  };
}

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

describe("loadOrBuildIndex", () => {
  it("builds a corpus one character short of the cached size every time, saving nothing", () => {
    const folder = temporaryFolder();
    const passages = passagesSpanning(MIN_CACHED_CHARS - 1);
    expect(counted(passages, folder).builds).toBe(1);
    expect(counted(passages, folder).builds).toBe(1);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("builds every time without a cache folder", () => {
    const passages = passagesSpanning(MIN_CACHED_CHARS);
    expect(counted(passages, undefined).builds).toBe(1);
    expect(counted(passages, undefined).builds).toBe(1);
  });

  it("saves a corpus of the cached size, whole files only, and reads it back instead of building", () => {
    const folder = temporaryFolder();
    const passages = passagesSpanning(MIN_CACHED_CHARS);
    const first = counted(passages, folder);
    expect(first.builds).toBe(1);
    const key = cacheKey(passages);
    expect(readdirSync(folder).sort()).toEqual([`minisearch-${key}.json`, `tables-${key}.bin`]);
    const second = counted(passages, folder);
    expect(second.builds).toBe(0);
    expect(answersOf(second.index)).toEqual(answersOf(first.index));
    expect(answersOf(second.index).found).toEqual([[0], [1], [], []]);
  });

  it("makes the cache folder, however deep", () => {
    const folder = join(temporaryFolder(), "deeper", "still");
    const passages = passagesSpanning(MIN_CACHED_CHARS);
    counted(passages, folder);
    expect(counted(passages, folder).builds).toBe(0);
  });

  it("rebuilds, and saves afresh, when the tables file is of other passages", () => {
    const folder = temporaryFolder();
    const passages = passagesSpanning(MIN_CACHED_CHARS, 2);
    counted(passages, folder);
    const others = passagesSpanning(MIN_CACHED_CHARS, 3);
    writeFileSync(
      join(folder, `tables-${cacheKey(passages)}.bin`),
      encodeIndexTables(buildIndex(others).tables),
    );
    const rebuilt = counted(passages, folder);
    expect(rebuilt.builds).toBe(1);
    expect(answersOf(rebuilt.index).firstSentenceOf).toEqual([0, 1]);
    expect(counted(passages, folder).builds).toBe(0);
  });

  it("rebuilds when MiniSearch's file is of other passages", () => {
    const folder = temporaryFolder();
    const passages = passagesSpanning(MIN_CACHED_CHARS, 2);
    counted(passages, folder);
    const others = passagesSpanning(MIN_CACHED_CHARS, 3);
    writeFileSync(
      join(folder, `minisearch-${cacheKey(passages)}.json`),
      JSON.stringify(buildIndex(others).search),
    );
    const rebuilt = counted(passages, folder);
    expect(rebuilt.builds).toBe(1);
    expect(rebuilt.index.search.documentCount).toBe(2);
  });

  it("rebuilds when MiniSearch's file is missing or corrupt", () => {
    const folder = temporaryFolder();
    const passages = passagesSpanning(MIN_CACHED_CHARS, 2);
    counted(passages, folder);
    const searchFile = join(folder, `minisearch-${cacheKey(passages)}.json`);
    rmSync(searchFile);
    expect(counted(passages, folder).builds).toBe(1);
    writeFileSync(searchFile, "{ not json");
    expect(counted(passages, folder).builds).toBe(1);
    expect(counted(passages, folder).builds).toBe(0);
  });

  it("only builds when the cache folder cannot be made", () => {
    const parent = temporaryFolder();
    const notAFolder = join(parent, "a-file");
    writeFileSync(notAFolder, "");
    const passages = passagesSpanning(MIN_CACHED_CHARS);
    const { index, builds } = counted(passages, notAFolder);
    expect(builds).toBe(1);
    expect(index.search.documentCount).toBe(2);
    expect(readdirSync(parent)).toEqual(["a-file"]);
  });
});

describe("cacheKey", () => {
  it("is 32 hexadecimal digits, the same for the same passages", () => {
    const key = cacheKey(passagesSpanning(MIN_CACHED_CHARS));
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(cacheKey(passagesSpanning(MIN_CACHED_CHARS))).toBe(key);
  });

  it("differs when a passage's id, document or text differs, or a passage is added", () => {
    const passages = passagesSpanning(MIN_CACHED_CHARS);
    const [first, second] = passages as [Passage, Passage];
    const keys = [
      cacheKey(passages),
      cacheKey([{ ...first, id: 5 }, second]),
      cacheKey([{ ...first, documentId: "other" }, second]),
      cacheKey([{ ...first, text: "Cat sat down." }, second]),
      cacheKey(passagesSpanning(MIN_CACHED_CHARS, 3)),
      cacheKey([]),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("keeps a passage's id, document and text apart", () => {
    const [passage] = passagesSpanning(MIN_CACHED_CHARS, 1) as [Passage];
    const pairs: [Partial<Passage>, Partial<Passage>][] = [
      [
        { id: 1, documentId: "2a" },
        { id: 12, documentId: "a" },
      ],
      [
        { documentId: "ab", text: "c" },
        { documentId: "a", text: "bc" },
      ],
    ];
    for (const [one, other] of pairs)
      expect(cacheKey([{ ...passage, ...one }])).not.toBe(cacheKey([{ ...passage, ...other }]));
  });
});

describe("the index cache's files", () => {
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
