import type { ContentDocument } from "./content/load-content.ts";
import { pageAt } from "./content/page-markers.ts";
import type { Span } from "./text/sentences.ts";
import { paragraphsOf } from "./text/sentences.ts";

/** A quotable piece of a document: one or two neighbouring sentences of one paragraph. */
export interface Passage {
  /** Position in the whole corpus; passages of a document are consecutive. */
  id: number;
  documentId: string;
  title: string;
  /** Page where the passage starts, or null for unpaged documents. */
  page: number | null;
  /** Paragraph number within the document, from 1. */
  paragraph: number;
  /** Offsets of the passage in its document's text. */
  start: number;
  end: number;
  /** Document-wide numbers of the first and last sentence, for neighbours. */
  firstSentence: number;
  lastSentence: number;
  /** Offsets of each sentence, relative to `text`. */
  sentences: Span[];
  /** The passage exactly as the document has it. */
  text: string;
}

/**
 * Passages longer than this are quoted one sentence at a time: two sentences
 * help when an answer spans a sentence boundary, but long quotes bury it.
 */
export const MAX_PASSAGE_CHARS = 360;
/** Sentences per window: measured, three made quotes longer and ranked no better. */
const WINDOW_SENTENCES = 2;

/**
 * Splits the documents into overlapping passages: each sentence starts a
 * window with the sentence after it, inside its paragraph, unless the pair
 * would be longer than {@link MAX_PASSAGE_CHARS}. A window that lies inside
 * the one before it is left out.
 */
export function buildPassages(documents: readonly ContentDocument[]): Passage[] {
  const passages: Passage[] = [];
  for (const document of documents) {
    let sentenceNumber = 0;
    for (const { number: paragraphNumber, sentences } of paragraphsOf(document.text)) {
      const firstInParagraph = sentenceNumber;
      let coveredUpTo = -1;
      sentences.forEach((sentence, index) => {
        const window = [sentence];
        for (
          let next = sentences[index + 1];
          next && window.length < WINDOW_SENTENCES;
          next = sentences[index + window.length]
        ) {
          if (next.end - sentence.start > MAX_PASSAGE_CHARS) break;
          window.push(next);
        }
        // A window inside the one before it adds nothing.
        if (index + window.length - 1 <= coveredUpTo) return;
        const start = sentence.start;
        const end = (window.at(-1) as Span).end;
        passages.push({
          id: passages.length,
          documentId: document.id,
          title: document.title,
          page: pageAt(document, start),
          paragraph: paragraphNumber,
          start,
          end,
          firstSentence: firstInParagraph + index,
          lastSentence: firstInParagraph + index + window.length - 1,
          sentences: window.map((span) => ({ start: span.start - start, end: span.end - start })),
          text: document.text.slice(start, end),
        });
        coveredUpTo = index + window.length - 1;
      });
      sentenceNumber += sentences.length;
    }
  }
  return passages;
}

/**
 * One passage spanning `parts`, consecutive overlapping passages of one
 * document (`documentText` is its text): when neighbouring passages all
 * answer a question, they are quoted as one. It keeps the first one's id.
 */
export function joinPassages(parts: readonly Passage[], documentText: string): Passage {
  const [first] = parts;
  if (!first) throw new RangeError("joinPassages needs at least one passage");
  const start = Math.min(...parts.map((part) => part.start));
  const end = Math.max(...parts.map((part) => part.end));
  const sentences = new Map<number, Span>();
  for (const part of parts) {
    for (const span of part.sentences) {
      const absolute = part.start + span.start;
      sentences.set(absolute, { start: absolute - start, end: part.start + span.end - start });
    }
  }
  return {
    ...first,
    start,
    end,
    firstSentence: Math.min(...parts.map((part) => part.firstSentence)),
    lastSentence: Math.max(...parts.map((part) => part.lastSentence)),
    sentences: [...sentences.values()].sort((a, b) => a.start - b.start),
    text: documentText.slice(start, end),
  };
}

/**
 * The part of `passage` (of `document`) from sentence `firstSentence` to
 * `lastSentence` (document-wide numbers, clamped to the passage's own).
 */
export function slicePassage(
  passage: Passage,
  document: ContentDocument,
  firstSentence: number,
  lastSentence: number,
): Passage {
  const from = Math.max(firstSentence, passage.firstSentence) - passage.firstSentence;
  const to = Math.min(lastSentence, passage.lastSentence) - passage.firstSentence;
  const kept = passage.sentences.slice(from, to + 1);
  const head = kept[0];
  const tail = kept.at(-1);
  if (!head || !tail || (from === 0 && to === passage.sentences.length - 1)) return passage;
  const start = passage.start + head.start;
  return {
    ...passage,
    page: pageAt(document, start),
    start,
    end: passage.start + tail.end,
    firstSentence: passage.firstSentence + from,
    lastSentence: passage.firstSentence + to,
    sentences: kept.map((span) => ({ start: span.start - head.start, end: span.end - head.start })),
    text: passage.text.slice(head.start, tail.end),
  };
}
