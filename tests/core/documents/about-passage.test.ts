import { describe, expect, it } from "vitest";
import type { DocumentMetadata } from "../../../src/core/content/front-matter.ts";
import type { ContentDocument } from "../../../src/core/content/load-content.ts";
import { aboutPassage } from "../../../src/core/documents/about-passage.ts";

const documentWith = (metadata: DocumentMetadata): ContentDocument => ({
  id: "harbour",
  file: "content/harbour.md",
  title: "Harbour Notes",
  metadata,
  text: "The harbour froze.",
  firstPage: null,
  breaks: [],
});
const textOf = (metadata: DocumentMetadata) => aboutPassage(documentWith(metadata), 7).text;

describe("the passage saying what a document is", () => {
  it("names title, author, publication, pages and source, in that order", () => {
    expect(
      textOf({
        author: "A. Smith",
        publication: "Sea Review 4",
        pages: "10-12",
        url: "https://example.org/harbour",
      }),
    ).toBe(
      "Harbour Notes, by A. Smith. Sea Review 4, pp. 10-12. Source: https://example.org/harbour",
    );
  });

  it("is the title alone when the document says nothing of itself", () => {
    expect(textOf({})).toBe("Harbour Notes.");
  });

  it("gives pages without a publication, and a publication without pages", () => {
    expect(textOf({ pages: "3" })).toBe("Harbour Notes. pp. 3.");
    expect(textOf({ publication: "Sea Review" })).toBe("Harbour Notes. Sea Review.");
  });

  it("gives a source without an author", () => {
    expect(textOf({ url: "https://example.org" })).toBe(
      "Harbour Notes. Source: https://example.org",
    );
  });

  it("stands before the first paragraph, is one sentence span long, and quotes no text", () => {
    const passage = aboutPassage(documentWith({ author: "A. Smith" }), 7);
    expect(passage).toEqual({
      id: 7,
      documentId: "harbour",
      title: "Harbour Notes",
      page: null,
      paragraph: 0,
      start: 0,
      end: 0,
      firstSentence: -1,
      lastSentence: -1,
      sentences: [{ start: 0, end: "Harbour Notes, by A. Smith.".length }],
      text: "Harbour Notes, by A. Smith.",
    });
  });
});
