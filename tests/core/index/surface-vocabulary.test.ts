import { describe, expect, it } from "vitest";
import type { ContentDocument } from "../../../src/core/content/load-content.ts";
import { SurfaceVocabulary } from "../../../src/core/index/surface-vocabulary.ts";
import { corpusOf } from "../corpus.ts";

/** A document of `text` alone, as the loader gives it. */
function documentOf(id: string, text: string): ContentDocument {
  return { id, file: `${id}.md`, title: id, metadata: {}, text, firstPage: null, breaks: [] };
}

const { vocabulary } = corpusOf({
  "a.md": "Kettles of Copper were sold.",
  "b.md": "The KETTLE boiled over.",
});

describe("SurfaceVocabulary: the written words", () => {
  it("folds a word with accents to its plain spelling before taking its term", () => {
    const vocabulary = new SurfaceVocabulary([documentOf("a", "The Café served crème brûlée.")]);
    expect(vocabulary.termOf("cafe")).toBe("cafe");
    expect(vocabulary.termOf("creme")).toBeDefined();
    expect(vocabulary.termOf("café")).toBeUndefined();
    expect(vocabulary.near("cafe", 0)).toEqual([{ word: "cafe", term: "cafe", edits: 0 }]);
  });

  it("takes plain words and numbers as written", () => {
    const vocabulary = new SurfaceVocabulary([documentOf("a", "In 2024 kettles sold.")]);
    expect(vocabulary.termOf("2024")).toBe("2024");
    expect(vocabulary.termOf("kettles")).toBe("kettl");
    expect(vocabulary.termOf("in")).toBeUndefined();
  });

  it("splits words at anything but letters and digits", () => {
    const vocabulary = new SurfaceVocabulary([documentOf("a", "copper-kettles,boiled")]);
    expect(vocabulary.termOf("copper")).toBe("copper");
    expect(vocabulary.termOf("kettles")).toBe("kettl");
    expect(vocabulary.termOf("boiled")).toBe("boil");
    expect(vocabulary.termOf("copper-kettles,boiled")).toBeUndefined();
  });
});

describe("SurfaceVocabulary: when it is built", () => {
  it("builds on prepare, from the documents as they are then", () => {
    const documents = [documentOf("a", "Kettles boiled.")];
    const vocabulary = new SurfaceVocabulary(documents);
    vocabulary.prepare();
    documents.push(documentOf("b", "Copper pans."));
    vocabulary.prepare();
    expect(vocabulary.termOf("kettles")).toBe("kettl");
    expect(vocabulary.termOf("copper")).toBeUndefined();
  });

  it("builds on first use, once", () => {
    const documents = [documentOf("a", "Kettles boiled.")];
    const vocabulary = new SurfaceVocabulary(documents);
    expect(vocabulary.near("kettle", 1)).toEqual([{ word: "kettles", term: "kettl", edits: 1 }]);
    documents.push(documentOf("b", "Copper pans."));
    expect(vocabulary.termOf("copper")).toBeUndefined();
    expect(vocabulary.near("copper", 0)).toEqual([]);
  });
});

describe("the documents' written words", () => {
  it("map each written word, in lower case, to its index term", () => {
    expect(vocabulary.termOf("kettles")).toBe("kettl");
    expect(vocabulary.termOf("kettle")).toBe("kettl");
    expect(vocabulary.termOf("copper")).toBe("copper");
  });

  it("hold words of every document, and no word unwritten or stop word", () => {
    expect(vocabulary.termOf("boiled")).toBeDefined();
    expect(vocabulary.termOf("boil")).toBeUndefined();
    expect(vocabulary.termOf("the")).toBeUndefined();
    expect(vocabulary.termOf("Copper")).toBeUndefined();
  });

  it("find written words within the edits allowed, with their terms and distances", () => {
    expect(vocabulary.near("kettel", 2).sort((a, b) => a.word.localeCompare(b.word))).toEqual([
      { word: "kettle", term: "kettl", edits: 2 },
      { word: "kettles", term: "kettl", edits: 2 },
    ]);
    expect(vocabulary.near("kettle", 0)).toEqual([{ word: "kettle", term: "kettl", edits: 0 }]);
    expect(vocabulary.near("coppers", 1)).toEqual([{ word: "copper", term: "copper", edits: 1 }]);
  });
});
