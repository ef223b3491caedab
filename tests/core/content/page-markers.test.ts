import { describe, expect, it } from "vitest";
import { pageAt, removePageMarkers } from "../../../src/core/content/page-markers.ts";

describe("removePageMarkers: how the words around a marker are joined", () => {
  it("joins words with one space when the marker touches both", () => {
    const paged = removePageMarkers("their[End Page 84]interests");
    expect(paged.text).toBe("their interests");
    expect(paged.breaks).toEqual([{ offset: "their ".length, page: 85 }]);
  });

  it("takes any run of spaces and tabs on either side of the marker into the one space", () => {
    const paged = removePageMarkers("their \t  [End Page 84]\t \tinterests");
    expect(paged.text).toBe("their interests");
    expect(paged.breaks).toEqual([{ offset: "their ".length, page: 85 }]);
  });

  it("keeps a paragraph break when the marker stands alone on its own line", () => {
    const paged = removePageMarkers("Page one ends.\n[End Page 7]\nPage two starts.");
    expect(paged.text).toBe("Page one ends.\n\nPage two starts.");
    expect(paged.firstPage).toBe(7);
    expect(paged.breaks).toEqual([{ offset: "Page one ends.\n".length, page: 8 }]);
  });

  it("adds no space when the marker ends a line after words", () => {
    const paged = removePageMarkers("Page one ends. [End Page 7]\nPage two starts.");
    expect(paged.text).toBe("Page one ends.\nPage two starts.");
    expect(paged.breaks).toEqual([{ offset: "Page one ends.".length, page: 8 }]);
  });

  it("adds no space when the marker starts a line before words", () => {
    const paged = removePageMarkers("Page one ends.\n[End Page 7] Page two starts.");
    expect(paged.text).toBe("Page one ends.\nPage two starts.");
    expect(paged.breaks).toEqual([{ offset: "Page one ends.\n".length, page: 8 }]);
  });

  it("adds no space before text when the marker opens the document", () => {
    const paged = removePageMarkers("[End Page 1] Text of page two.");
    expect(paged.text).toBe("Text of page two.");
    expect(paged.firstPage).toBe(1);
    expect(paged.breaks).toEqual([{ offset: 0, page: 2 }]);
  });

  it("adds no space after text when the marker closes the document", () => {
    const paged = removePageMarkers("Text of page nine. [End Page 9]");
    expect(paged.text).toBe("Text of page nine.");
    expect(paged.firstPage).toBe(9);
    expect(paged.breaks).toEqual([{ offset: "Text of page nine.".length, page: 10 }]);
  });

  it("numbers the first page from the first marker and each later page from its own marker", () => {
    const paged = removePageMarkers("a [End Page 3] b [End Page 4] c");
    expect(paged.text).toBe("a b c");
    expect(paged.firstPage).toBe(3);
    expect(paged.breaks).toEqual([
      { offset: 2, page: 4 },
      { offset: 4, page: 5 },
    ]);
  });
});

describe("pageAt", () => {
  const paged = removePageMarkers("a [End Page 3] b [End Page 4] c");

  it("gives the first page before the first break, and a break's page from its offset on", () => {
    expect(pageAt(paged, 0)).toBe(3);
    expect(pageAt(paged, 1)).toBe(3);
    expect(pageAt(paged, 2)).toBe(4);
    expect(pageAt(paged, 3)).toBe(4);
    expect(pageAt(paged, 4)).toBe(5);
    expect(pageAt(paged, 100)).toBe(5);
  });

  it("gives no page in text without markers", () => {
    const unpaged = removePageMarkers("No pages here.");
    expect(unpaged.breaks).toEqual([]);
    expect(pageAt(unpaged, 0)).toBeNull();
  });
});

describe("page markers", () => {
  it("are removed, joining the words on either side with one space", () => {
    const paged = removePageMarkers("safeguarding [End Page 84] their interests");
    expect(paged.text).toBe("safeguarding their interests");
    expect(paged.firstPage).toBe(84);
    expect(paged.breaks).toEqual([{ offset: "safeguarding ".length, page: 85 }]);
  });

  it("leave unpaged text without pages", () => {
    expect(removePageMarkers("No pages here.").firstPage).toBeNull();
  });
});
