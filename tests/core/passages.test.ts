import { describe, expect, it } from "vitest";
import { pageAt, removePageMarkers } from "../../src/core/content/page-markers.ts";
import { MAX_PASSAGE_CHARS } from "../../src/core/passages/passages.ts";
import { splitSentences } from "../../src/core/passages/sentences.ts";
import { article } from "../helpers.ts";

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

describe("passages of the article", () => {
  const { passages, documents } = article();
  const holding = (text: string) => passages.filter((passage) => passage.text.includes(text));

  it("know their page: before [End Page 84] is 84, after it 85, after [End Page 85] 86", () => {
    expect(holding("took off from Iran").map((p) => p.page)).toEqual([84]);
    const document = documents[0] as (typeof documents)[0];
    expect(pageAt(document, document.text.indexOf("The latest offensive in Aleppo"))).toBe(85);
    expect(passages.filter((p) => p.text.startsWith("In the 1980s")).map((p) => p.page)).toEqual([
      85,
    ]);
    const supplier = holding("leading supplier");
    expect(supplier.length).toBeGreaterThan(0);
    for (const passage of supplier) expect(passage.page).toBe(86);
  });

  it("give a sentence that runs across a marker the page where it starts", () => {
    const across = holding("safeguarding their interests in Syria");
    expect(across.length).toBeGreaterThan(0);
    for (const passage of across) expect(passage.page).toBe(84);
  });

  it("never quote a page marker", () => {
    for (const passage of passages) expect(passage.text).not.toMatch(/\[End Page/);
  });

  it("quote the document exactly, inside one paragraph", () => {
    const text = documents[0]?.text ?? "";
    for (const passage of passages) {
      expect(text.slice(passage.start, passage.end)).toBe(passage.text);
      expect(passage.text).not.toContain("\n\n");
    }
  });

  it("are short enough to quote", () => {
    for (const passage of passages) {
      if (passage.sentences.length > 1)
        expect(passage.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
    }
    const mean = passages.reduce((sum, p) => sum + p.text.length, 0) / passages.length;
    expect(mean).toBeLessThan(350);
  });

  it("cover every sentence of the article", () => {
    const quoted = new Set(
      passages.flatMap((p) =>
        Array.from({ length: p.lastSentence - p.firstSentence + 1 }, (_, i) => p.firstSentence + i),
      ),
    );
    expect(Math.max(...quoted) + 1).toBe(quoted.size);
  });
});

describe("splitSentences", () => {
  const sentences = (text: string) =>
    splitSentences(text).map(({ start, end }) => text.slice(start, end));

  it("does not split after U.S. inside a sentence", () => {
    expect(
      sentences(
        "They say the U.S. pursues either by military means or otherwise. Russia and Iran agree.",
      ),
    ).toEqual([
      "They say the U.S. pursues either by military means or otherwise.",
      "Russia and Iran agree.",
    ]);
  });

  it("does not split after a title or an initial", () => {
    expect(sentences("Dr. Smith met J. Doe in Paris. They talked.")).toEqual([
      "Dr. Smith met J. Doe in Paris.",
      "They talked.",
    ]);
  });

  it("splits ordinary sentences", () => {
    expect(sentences("One. Two? Three!")).toEqual(["One.", "Two?", "Three!"]);
  });
});
