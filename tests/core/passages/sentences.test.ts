import { describe, expect, it } from "vitest";
import {
  paragraphsOf,
  type Span,
  splitParagraphs,
  splitSentences,
} from "../../../src/core/passages/sentences.ts";

/** The text of each span of `text`. */
const textsOf = (text: string, spans: Span[]) =>
  spans.map((span) => text.slice(span.start, span.end));

/** The sentences `splitSentences` finds in `text`, as text. */
const sentences = (text: string) => textsOf(text, splitSentences(text));

describe("splitSentences: spans", () => {
  it("gives each sentence's offsets, white space around it left out", () => {
    expect(splitSentences("  Lead space. Next one.  ")).toEqual([
      { start: 2, end: 13 },
      { start: 14, end: 23 },
    ]);
  });

  it("finds no sentence in white space alone", () => {
    expect(splitSentences("   \n  ")).toEqual([]);
    expect(splitSentences("")).toEqual([]);
  });

  it("splits after a full stop, question mark or exclamation mark before a capital", () => {
    expect(sentences("It ended. Then it began? Yes! Again.")).toEqual([
      "It ended.",
      "Then it began?",
      "Yes!",
      "Again.",
    ]);
  });
});

describe("splitSentences: abbreviations inside a sentence", () => {
  it("keeps a title and the name after it in one sentence", () => {
    expect(sentences("Ask Mr. Jones. Or Mrs. Jones. Dr. Smith said hi. Then he left.")).toEqual([
      "Ask Mr. Jones.",
      "Or Mrs. Jones.",
      "Dr. Smith said hi.",
      "Then he left.",
    ]);
  });

  it("keeps a name after an initial in one sentence, also inside brackets", () => {
    expect(sentences("(J. Smith) came. Then he went.")).toEqual([
      "(J. Smith) came.",
      "Then he went.",
    ]);
  });

  it("keeps a sentence whole across several abbreviations", () => {
    expect(sentences("Gen. Soleimani (Gen. Soleimani) came.")).toEqual([
      "Gen. Soleimani (Gen. Soleimani) came.",
    ]);
  });

  it("keeps Latin abbreviations inside their sentence", () => {
    expect(sentences("See e.g. Tehran. Or i.e. Moscow.")).toEqual([
      "See e.g. Tehran.",
      "Or i.e. Moscow.",
    ]);
  });

  it("reads an abbreviation only at the end of the sentence before, not anywhere in it", () => {
    expect(sentences("Dr. Smith said hi. Then he left.")).toEqual([
      "Dr. Smith said hi.",
      "Then he left.",
    ]);
  });

  it("reads an abbreviation only as a word of its own, not as the end of a longer word", () => {
    expect(sentences("She earned a PhD. Then she taught.")).toEqual([
      "She earned a PhD.",
      "Then she taught.",
    ]);
  });

  it("ends a sentence after letters joined by full stops, which are no abbreviation of the list", () => {
    expect(sentences("The treaty bound the U.S.S.R. Then it collapsed.")).toEqual([
      "The treaty bound the U.S.S.R.",
      "Then it collapsed.",
    ]);
  });

  it("reads a capital letter with a full stop after it as an initial only when it stands alone", () => {
    expect(sentences("Go see FBI. Then come back.")).toEqual(["Go see FBI.", "Then come back."]);
  });
});

describe("splitSentences: a piece that starts like the middle of a sentence", () => {
  it("joins a piece starting with a lower-case letter, also outside ASCII", () => {
    expect(sentences("Is it? yes it is. Really? éclair. Really? Éclair.")).toEqual([
      "Is it? yes it is.",
      "Really? éclair.",
      "Really?",
      "Éclair.",
    ]);
  });

  it("joins a piece starting with a digit", () => {
    expect(sentences("Wow! 5 men came.")).toEqual(["Wow! 5 men came."]);
  });

  it("joins a piece starting with a closing bracket", () => {
    expect(sentences("Go! ) he said. Go! ] he said.")).toEqual([
      "Go! ) he said.",
      "Go! ] he said.",
    ]);
  });

  it("keeps a piece starting with a capital or a symbol apart", () => {
    expect(sentences("Go! X he said. Go! 🙂 he said.")).toEqual([
      "Go!",
      "X he said.",
      "Go!",
      "🙂 he said.",
    ]);
  });
});

describe("splitParagraphs", () => {
  it("splits at blank lines and keeps single line breaks inside a paragraph", () => {
    const text = "One line.\nSame paragraph.\n\nSecond.";
    expect(textsOf(text, splitParagraphs(text))).toEqual(["One line.\nSame paragraph.", "Second."]);
  });

  it("counts a line of spaces and tabs as blank, and trims each paragraph", () => {
    const text = "  A.  \n \t \n  B.\n\n\n\nC.";
    expect(splitParagraphs(text)).toEqual([
      { start: 2, end: 4 },
      { start: 13, end: 15 },
      { start: 19, end: 21 },
    ]);
  });

  it("finds no paragraph in a line of spaces and tabs between blank lines", () => {
    const text = "A.\n\n \t \n\nB.";
    expect(textsOf(text, splitParagraphs(text))).toEqual(["A.", "B."]);
  });

  it("finds the paragraph between blank lines at the start and end", () => {
    expect(splitParagraphs("\n\nOnly.\n\n")).toEqual([{ start: 2, end: 7 }]);
  });
});

describe("paragraphsOf", () => {
  const text = "# Title\n\nBody one.\n\n####### Seven\n\n#tag\n\n## Sub\n\nBody two. More.";

  it("skips Markdown headings, numbering the other paragraphs from 1", () => {
    const paragraphs = paragraphsOf(text);
    expect(paragraphs.map((p) => [p.number, textsOf(text, p.sentences)])).toEqual([
      [1, ["Body one."]],
      [2, ["####### Seven"]],
      [3, ["#tag"]],
      [4, ["Body two.", "More."]],
    ]);
  });

  it("gives sentence offsets into the whole text", () => {
    expect(paragraphsOf(text).at(-1)?.sentences).toEqual([
      { start: 49, end: 58 },
      { start: 59, end: 64 },
    ]);
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
