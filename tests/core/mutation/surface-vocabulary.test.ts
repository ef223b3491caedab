import { describe, expect, it } from "vitest";
import type { ContentDocument } from "../../../src/core/content/load-content.ts";
import { SurfaceVocabulary } from "../../../src/core/index/surface-vocabulary.ts";

/** A document of `text` alone, as the loader gives it. */
function documentOf(id: string, text: string): ContentDocument {
  return { id, file: `${id}.md`, title: id, metadata: {}, text, firstPage: null, breaks: [] };
}

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
