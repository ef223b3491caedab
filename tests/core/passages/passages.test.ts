import { describe, expect, it } from "vitest";
import type { ContentDocument } from "../../../src/core/content/load-content.ts";
import { pageAt, removePageMarkers } from "../../../src/core/content/page-markers.ts";
import type { Passage } from "../../../src/core/passages/passages.ts";
import {
  buildPassages,
  joinPassages,
  layOutPassages,
  MAX_PASSAGE_CHARS,
  passagesFromLayout,
  slicePassage,
} from "../../../src/core/passages/passages.ts";
import { article } from "../../helpers.ts";

/** A document of `raw` text (page markers allowed), as the content loader makes it. */
function documentOf(raw: string, id = "doc", title = `Title of ${id}`): ContentDocument {
  return { ...removePageMarkers(raw), id, file: `${id}.md`, title, metadata: {} };
}

/** A sentence of exactly `length` characters: one long word and a full stop. */
function sentenceOfLength(length: number, letter: string): string {
  return `${letter.toUpperCase()}${letter.repeat(length - 2)}.`;
}

/** The plain fields of a passage (its text and sentences are getters on built passages). */
function plain(passage: Passage): Passage {
  return {
    id: passage.id,
    documentId: passage.documentId,
    title: passage.title,
    page: passage.page,
    paragraph: passage.paragraph,
    start: passage.start,
    end: passage.end,
    firstSentence: passage.firstSentence,
    lastSentence: passage.lastSentence,
    sentences: passage.sentences,
    text: passage.text,
  };
}

/** Which sentences each passage spans, and its text. */
function windows(passages: readonly Passage[]) {
  return passages.map((passage) => ({
    sentences: [passage.firstSentence, passage.lastSentence],
    paragraph: passage.paragraph,
    text: passage.text,
  }));
}

const THREE = "One cat sat. Two dogs ran. Three birds flew.";

describe("passages: windows of two sentences", () => {
  it("start at each sentence with the one after it, leaving out the last window that lies inside the one before", () => {
    expect(windows(buildPassages([documentOf(THREE)]))).toEqual([
      { sentences: [0, 1], paragraph: 1, text: "One cat sat. Two dogs ran." },
      { sentences: [1, 2], paragraph: 1, text: "Two dogs ran. Three birds flew." },
    ]);
  });

  it("never cross a paragraph break, numbering sentences through the document", () => {
    const document = documentOf("Alone here.\n\nOne cat sat. Two dogs ran.\n\nThree birds flew.");
    expect(windows(buildPassages([document]))).toEqual([
      { sentences: [0, 0], paragraph: 1, text: "Alone here." },
      { sentences: [1, 2], paragraph: 2, text: "One cat sat. Two dogs ran." },
      { sentences: [3, 3], paragraph: 3, text: "Three birds flew." },
    ]);
  });

  it("pair two sentences that together take exactly the longest quote", () => {
    const first = sentenceOfLength(180, "a");
    const second = sentenceOfLength(MAX_PASSAGE_CHARS - 181, "b");
    const passages = buildPassages([documentOf(`${first} ${second}`)]);
    expect(passages.map((passage) => passage.text)).toEqual([`${first} ${second}`]);
    expect(passages[0]?.text.length).toBe(MAX_PASSAGE_CHARS);
  });

  it("quote one sentence at a time when the pair is one character longer than that", () => {
    const first = sentenceOfLength(180, "a");
    const second = sentenceOfLength(MAX_PASSAGE_CHARS - 180, "b");
    const third = "Short one.";
    const passages = buildPassages([documentOf(`${first} ${second} ${third}`)]);
    expect(windows(passages)).toEqual([
      { sentences: [0, 0], paragraph: 1, text: first },
      { sentences: [1, 2], paragraph: 1, text: `${second} ${third}` },
    ]);
  });

  it("keep a sentence alone when it is too long to pair with either neighbour", () => {
    const long = sentenceOfLength(MAX_PASSAGE_CHARS - 3, "a");
    const passages = buildPassages([documentOf(`Tiny. ${long} Yes.`)]);
    expect(windows(passages)).toEqual([
      { sentences: [0, 0], paragraph: 1, text: "Tiny." },
      { sentences: [1, 1], paragraph: 1, text: long },
      { sentences: [2, 2], paragraph: 1, text: "Yes." },
    ]);
    expect(windows(buildPassages([documentOf(`${long} Tiny.`)]))).toEqual([
      { sentences: [0, 0], paragraph: 1, text: long },
      { sentences: [1, 1], paragraph: 1, text: "Tiny." },
    ]);
  });

  it("give offsets in the document, sentence spans relative to the passage, and the page where the passage starts", () => {
    const document = documentOf(
      "Page four text. [End Page 4] Page five text. More five text.",
      "paged",
      "A paged one",
    );
    expect(document.text).toBe("Page four text. Page five text. More five text.");
    expect(buildPassages([document]).map(plain)).toEqual([
      {
        id: 0,
        documentId: "paged",
        title: "A paged one",
        page: 4,
        paragraph: 1,
        start: 0,
        end: 31,
        firstSentence: 0,
        lastSentence: 1,
        sentences: [
          { start: 0, end: 15 },
          { start: 16, end: 31 },
        ],
        text: "Page four text. Page five text.",
      },
      {
        id: 1,
        documentId: "paged",
        title: "A paged one",
        page: 5,
        paragraph: 1,
        start: 16,
        end: 47,
        firstSentence: 1,
        lastSentence: 2,
        sentences: [
          { start: 0, end: 15 },
          { start: 16, end: 31 },
        ],
        text: "Page five text. More five text.",
      },
    ]);
  });

  it("are numbered through the corpus, each document's sentences from 0 and with its own id, title and no page when unpaged", () => {
    const passages = buildPassages([
      documentOf("Alpha one. Alpha two.", "a", "First"),
      documentOf("Beta one. Beta two. Beta three.", "b", "Second"),
    ]);
    expect(
      passages.map((passage) => [
        passage.id,
        passage.documentId,
        passage.title,
        passage.page,
        passage.firstSentence,
        passage.lastSentence,
        passage.start,
        passage.end,
        passage.text,
      ]),
    ).toEqual([
      [0, "a", "First", null, 0, 1, 0, 21, "Alpha one. Alpha two."],
      [1, "b", "Second", null, 0, 1, 0, 19, "Beta one. Beta two."],
      [2, "b", "Second", null, 1, 2, 10, 31, "Beta two. Beta three."],
    ]);
  });

  it("are laid out as numbers a cache can keep, and read back from them unchanged", () => {
    const documents = [
      documentOf("Alpha one. Alpha two.\n\nAlpha three.", "a"),
      documentOf("Beta one. Beta two. Beta three.", "b"),
    ];
    const layout = layOutPassages(documents);
    expect({
      sentenceStarts: layout.sentenceStarts.map((starts) => [...starts]),
      sentenceEnds: layout.sentenceEnds.map((ends) => [...ends]),
      documentIndex: [...layout.documentIndex],
      paragraph: [...layout.paragraph],
      firstSentence: [...layout.firstSentence],
      lastSentence: [...layout.lastSentence],
    }).toEqual({
      sentenceStarts: [
        [0, 11, 23],
        [0, 10, 20],
      ],
      sentenceEnds: [
        [10, 21, 35],
        [9, 19, 31],
      ],
      documentIndex: [0, 0, 1, 1],
      paragraph: [1, 2, 1, 1],
      firstSentence: [0, 2, 0, 1],
      lastSentence: [1, 2, 1, 2],
    });
    expect(passagesFromLayout(documents, layout).map(plain)).toEqual(
      buildPassages(documents).map(plain),
    );
  });
});

describe("joinPassages", () => {
  const document = documentOf(THREE);
  const [first, second] = buildPassages([document]) as [Passage, Passage];

  it("refuses an empty list", () => {
    expect(() => joinPassages([], document.text)).toThrow(
      new RangeError("joinPassages needs at least one passage"),
    );
  });

  it("spans the overlapping passages as one, each shared sentence once, keeping the first one's id", () => {
    expect(joinPassages([first, second], document.text)).toEqual({
      id: 0,
      documentId: "doc",
      title: "Title of doc",
      page: null,
      paragraph: 1,
      start: 0,
      end: 44,
      firstSentence: 0,
      lastSentence: 2,
      sentences: [
        { start: 0, end: 12 },
        { start: 13, end: 26 },
        { start: 27, end: 44 },
      ],
      text: THREE,
    });
  });

  it("lists the sentences in document order whatever the order of the parts", () => {
    const joined = joinPassages([second, first], document.text);
    expect(joined.id).toBe(1);
    expect([joined.start, joined.end, joined.firstSentence, joined.lastSentence]).toEqual([
      0, 44, 0, 2,
    ]);
    expect(joined.sentences).toEqual([
      { start: 0, end: 12 },
      { start: 13, end: 26 },
      { start: 27, end: 44 },
    ]);
  });

  it("measures the joined sentences from the joined passage's own start, deep in its document", () => {
    const document = documentOf("Zero here. One cat sat. Two dogs ran. Three birds flew.");
    const [, second, third] = buildPassages([document]) as [Passage, Passage, Passage];
    const joined = joinPassages([second, third], document.text);
    expect([joined.start, joined.end, joined.text]).toEqual([
      11,
      55,
      "One cat sat. Two dogs ran. Three birds flew.",
    ]);
    expect(joined.sentences).toEqual([
      { start: 0, end: 12 },
      { start: 13, end: 26 },
      { start: 27, end: 44 },
    ]);
  });

  it("keeps the first part's page and paragraph", () => {
    const paged = documentOf("Page four text. [End Page 4] Page five text. More five text.");
    const [early, late] = buildPassages([paged]) as [Passage, Passage];
    const joined = joinPassages([early, late], paged.text);
    expect([joined.page, joined.paragraph]).toEqual([4, 1]);
    expect(joinPassages([late, early], paged.text).page).toBe(5);
  });
});

describe("slicePassage", () => {
  const paged = documentOf("Page four text. [End Page 4] Page five text. More five text.");
  const [passage] = buildPassages([paged]) as [Passage];

  it("returns the passage itself when the range covers all of it, or more", () => {
    expect(slicePassage(passage, paged, 0, 1)).toBe(passage);
    expect(slicePassage(passage, paged, -3, 7)).toBe(passage);
  });

  it("returns the passage itself when the range holds none of its sentences", () => {
    expect(slicePassage(passage, paged, 1, 0)).toBe(passage);
    expect(slicePassage(passage, paged, 5, 9)).toBe(passage);
  });

  it("cuts out the first sentence alone", () => {
    expect(slicePassage(passage, paged, 0, 0)).toEqual({
      id: 0,
      documentId: "doc",
      title: "Title of doc",
      page: 4,
      paragraph: 1,
      start: 0,
      end: 15,
      firstSentence: 0,
      lastSentence: 0,
      sentences: [{ start: 0, end: 15 }],
      text: "Page four text.",
    });
  });

  it("cuts out a later sentence, clamping the range and reading its page from the document", () => {
    expect(slicePassage(passage, paged, 1, 9)).toEqual({
      id: 0,
      documentId: "doc",
      title: "Title of doc",
      page: 5,
      paragraph: 1,
      start: 16,
      end: 31,
      firstSentence: 1,
      lastSentence: 1,
      sentences: [{ start: 0, end: 15 }],
      text: "Page five text.",
    });
  });

  it("cuts a passage that starts deep in its document down to its last sentence", () => {
    const document = documentOf("Zero here. One cat sat. Two dogs ran.");
    const [, second] = buildPassages([document]) as [Passage, Passage];
    expect(second.firstSentence).toBe(1);
    const last = slicePassage(second, document, 2, 5);
    expect([last.start, last.end, last.firstSentence, last.lastSentence, last.text]).toEqual([
      24,
      37,
      2,
      2,
      "Two dogs ran.",
    ]);
    expect(last.sentences).toEqual([{ start: 0, end: 13 }]);
  });

  it("cuts a joined passage down to its middle sentences", () => {
    const document = documentOf("One cat sat. Two dogs ran. Three birds flew. Four fish swam.");
    const parts = buildPassages([document]);
    const joined = joinPassages(parts, document.text);
    expect(joined.lastSentence).toBe(3);
    expect(slicePassage(joined, document, 1, 2)).toEqual({
      id: 0,
      documentId: "doc",
      title: "Title of doc",
      page: null,
      paragraph: 1,
      start: 13,
      end: 44,
      firstSentence: 1,
      lastSentence: 2,
      sentences: [
        { start: 0, end: 13 },
        { start: 14, end: 31 },
      ],
      text: "Two dogs ran. Three birds flew.",
    });
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
