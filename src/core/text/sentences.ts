/**
 * Sentence boundaries from `Intl.Segmenter`, repaired where it splits after an
 * abbreviation inside a sentence ("the U.S. pursues", "Dr. Smith").
 */

export interface Span {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Titles and Latin abbreviations that are followed by more of the same sentence. */
const ABBREVIATION_BEFORE =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Mt|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Jr|Sr|No|vs|cf|e\.g|i\.e|[A-Z])\.\s*$/;
/** A continuation: the next piece starts like the middle of a sentence. */
const CONTINUATION_START = /^\s*[\p{Ll}\d,;:)\]–—-]/u;

/**
 * Splits `text` (one paragraph) into sentence spans with offsets into `text`,
 * trailing white space excluded.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    const end = index + segment.trimEnd().length;
    if (end <= index) continue;
    const previous = spans.at(-1);
    const piece = text.slice(index, end);
    if (
      previous &&
      (CONTINUATION_START.test(piece) ||
        ABBREVIATION_BEFORE.test(text.slice(previous.start, previous.end)))
    ) {
      previous.end = end;
    } else {
      const start = index + (segment.length - segment.trimStart().length);
      spans.push({ start, end });
    }
  }
  return spans;
}

/**
 * Splits `text` into paragraphs: runs of text between blank lines, offsets
 * into `text`, surrounding white space excluded.
 */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === "") continue;
    spans.push({ start: match.index + lead, end: match.index + lead + trimmed.length });
  }
  return spans;
}

/** Whether a paragraph is a Markdown heading, which titles text rather than says anything. */
function isHeading(paragraph: string): boolean {
  return /^#{1,6}\s/.test(paragraph);
}

/**
 * The paragraphs of `text` that say something (Markdown headings skipped),
 * numbered from 1, each with its sentences as offsets into `text`.
 */
export function paragraphsOf(text: string): { number: number; sentences: Span[] }[] {
  const paragraphs: { number: number; sentences: Span[] }[] = [];
  for (const paragraph of splitParagraphs(text)) {
    const paragraphText = text.slice(paragraph.start, paragraph.end);
    if (isHeading(paragraphText)) continue;
    const sentences = splitSentences(paragraphText).map((span) => ({
      start: paragraph.start + span.start,
      end: paragraph.start + span.end,
    }));
    paragraphs.push({ number: paragraphs.length + 1, sentences });
  }
  return paragraphs;
}
