import { describe, expect, it } from "vitest";
import { centralPassages } from "../../../src/core/documents/summary.ts";
import { corpusOf } from "../corpus.ts";

const textsOf = (files: Record<string, string>, documentId: string) => {
  const corpus = corpusOf(files);
  const own = corpus.passages.filter((passage) => passage.documentId === documentId);
  return centralPassages(corpus.index, own).map(({ text }) => text);
};

describe("the passages that sum a document up", () => {
  it("put passages whose terms recur across the document before an isolated first one", () => {
    const texts = textsOf(
      {
        "storms.md":
          "Gulls sang.\n\nStorms hit the harbour.\n\nStorms hit the pier.\n\nStorms hit the town.",
      },
      "storms",
    );
    expect(texts).toEqual([
      "Storms hit the harbour.",
      "Storms hit the pier.",
      "Storms hit the town.",
      "Gulls sang.",
    ]);
  });

  it("do not favour a passage for its many words: recurring terms count per square root of its terms", () => {
    const texts = textsOf(
      {
        "storms.md":
          "Storms hit wharves, quays, docks, cranes, sheds and markets.\n\nGulls sang.\n\nStorms hit.\n\nStorms hit again.",
      },
      "storms",
    );
    expect(texts[0]).toBe("Storms hit.");
  });

  it("are the named document's own only, and none for an unknown document", () => {
    const files = {
      "a.md": "Storms hit the harbour.\n\nStorms hit the pier.",
      "b.md": "Storms hit the town.",
    };
    expect(textsOf(files, "b")).toEqual(["Storms hit the town."]);
    expect(textsOf(files, "c")).toEqual([]);
  });

  it("put a passage with no terms last", () => {
    const texts = textsOf(
      { "storms.md": "It is so.\n\nStorms hit the pier.\n\nStorms hit the town." },
      "storms",
    );
    expect(texts.at(-1)).toBe("It is so.");
  });
});
