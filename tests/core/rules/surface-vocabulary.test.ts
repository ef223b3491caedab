import { describe, expect, it } from "vitest";
import { corpusOf } from "./corpus.ts";

const { vocabulary } = corpusOf({
  "a.md": "Kettles of Copper were sold.",
  "b.md": "The KETTLE boiled over.",
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
