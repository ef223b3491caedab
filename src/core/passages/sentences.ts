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
/**
 * How much of the end of a sentence can decide {@link ABBREVIATION_BEFORE}:
 * its longest abbreviation with the dot and the character before. Only this
 * much is looked at, so splitting stays linear however long a sentence grows.
 */
const ABBREVIATION_TAIL_CHARS = 8;

/** Whether `text[start, end)` ends with an abbreviation, looking only at its last few characters. */
function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  const from = Math.max(start, end - ABBREVIATION_TAIL_CHARS);
  // Cut inside the sentence, the tail must not match `^` where the sentence does not start:
  // an "x" takes that place (no abbreviation starts with it, and it is no space).
  const tail = (from > start ? "x" : "") + text.slice(from, end);
  return ABBREVIATION_BEFORE.test(tail);
}
/** A continuation: the next piece starts like the middle of a sentence. */
const CONTINUATION_START = /^\s*[\p{Ll}\d,;:)\]–—-]/u;

/**
 * Text handed to `Intl.Segmenter` at once. Its iterator costs time in
 * proportion to the text's length at every step, so a long paragraph of
 * short sentences would take quadratic time (80 KB of "A. ": 2.7 s). Cut
 * into windows of this size, each step costs a bounded amount; paragraphs
 * shorter than a window, nearly all of them, are segmented whole as before.
 */
const SEGMENT_WINDOW_CHARS = 4000;

/**
 * The sentence segments of `text`, as `Intl.Segmenter` gives them, found a
 * window at a time: every segment of a window but its last (which the cut
 * may have shortened) is kept, and the next window starts where that last
 * one did, on a boundary. A sentence longer than a window widens the window
 * until its end is seen, reading only the first two segments of it.
 */
function* sentenceSegments(text: string): Generator<{ index: number; segment: string }> {
  let from = 0;
  let length = SEGMENT_WINDOW_CHARS;
  while (from < text.length) {
    const atEnd = from + length >= text.length;
    const widened = length > SEGMENT_WINDOW_CHARS;
    const found: { index: number; segment: string }[] = [];
    for (const { index, segment } of segmenter.segment(text.slice(from, from + length))) {
      found.push({ index: from + index, segment });
      if (widened && !atEnd && found.length === 2) break;
    }
    if (atEnd) {
      yield* found;
      return;
    }
    const last = found.at(-1);
    if (!last || found.length < 2) {
      length *= 2;
      continue;
    }
    yield* found.slice(0, -1);
    from = last.index;
    length = SEGMENT_WINDOW_CHARS;
  }
}

/**
 * Splits `text` (one paragraph) into sentence spans with offsets into `text`,
 * trailing white space excluded.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const { index, segment } of sentenceSegments(text)) {
    const end = index + segment.trimEnd().length;
    if (end <= index) continue;
    const previous = spans.at(-1);
    const piece = text.slice(index, end);
    if (
      previous &&
      (CONTINUATION_START.test(piece) || endsWithAbbreviation(text, previous.start, previous.end))
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
