/**
 * passages/: quotable pieces. Takes documents; gives `Passage`s (`sentences.ts`
 * splits them), the excerpts an answer quotes and a passage's neighbours.
 */
import type { ContentDocument } from "../content/load-content.ts";
import { pageAt } from "../content/page-markers.ts";
import type { Span } from "./sentences.ts";
import { paragraphsOf } from "./sentences.ts";

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
 * Where the passages of a set of documents lie, as numbers only: what a
 * cache saves so that start-up need not split the text into sentences again.
 */
export interface PassageLayout {
  /** Per document: start and end offsets of its sentences, by document-wide sentence number. */
  sentenceStarts: Uint32Array[];
  sentenceEnds: Uint32Array[];
  /** Per passage: index of its document, paragraph number, first and last sentence. */
  documentIndex: Uint32Array;
  paragraph: Uint32Array;
  firstSentence: Uint32Array;
  lastSentence: Uint32Array;
}

/**
 * Splits the documents into overlapping passages: each sentence starts a
 * window with the sentence after it, inside its paragraph, unless the pair
 * would be longer than {@link MAX_PASSAGE_CHARS}. A window that lies inside
 * the one before it is left out.
 */
export function buildPassages(documents: readonly ContentDocument[]): Passage[] {
  return passagesFromLayout(documents, layOutPassages(documents));
}

/** The sentences and passage windows of `documents` (see {@link buildPassages}). */
export function layOutPassages(documents: readonly ContentDocument[]): PassageLayout {
  const sentenceStarts: Uint32Array[] = [];
  const sentenceEnds: Uint32Array[] = [];
  const rows: { documentIndex: number[]; paragraph: number[]; first: number[]; last: number[] } = {
    documentIndex: [],
    paragraph: [],
    first: [],
    last: [],
  };
  documents.forEach((document, documentIndex) => {
    const starts: number[] = [];
    const ends: number[] = [];
    for (const { number: paragraphNumber, sentences } of paragraphsOf(document.text)) {
      const firstInParagraph = starts.length;
      let coveredUpTo = -1;
      sentences.forEach((sentence, index) => {
        starts.push(sentence.start);
        ends.push(sentence.end);
        let size = 1;
        while (size < WINDOW_SENTENCES) {
          const next = sentences[index + size];
          if (!next || next.end - sentence.start > MAX_PASSAGE_CHARS) break;
          size += 1;
        }
        // A window inside the one before it adds nothing.
        if (index + size - 1 <= coveredUpTo) return;
        rows.documentIndex.push(documentIndex);
        rows.paragraph.push(paragraphNumber);
        rows.first.push(firstInParagraph + index);
        rows.last.push(firstInParagraph + index + size - 1);
        coveredUpTo = index + size - 1;
      });
    }
    sentenceStarts.push(Uint32Array.from(starts));
    sentenceEnds.push(Uint32Array.from(ends));
  });
  return {
    sentenceStarts,
    sentenceEnds,
    documentIndex: Uint32Array.from(rows.documentIndex),
    paragraph: Uint32Array.from(rows.paragraph),
    firstSentence: Uint32Array.from(rows.first),
    lastSentence: Uint32Array.from(rows.last),
  };
}

/** The passages `layout` describes over `documents` (the very documents it was laid out from). */
export function passagesFromLayout(
  documents: readonly ContentDocument[],
  layout: PassageLayout,
): Passage[] {
  const sources = documents.map(
    (document, index): DocumentSentences => ({
      document,
      starts: layout.sentenceStarts[index] as Uint32Array,
      ends: layout.sentenceEnds[index] as Uint32Array,
    }),
  );
  return Array.from(layout.documentIndex, (documentIndex, id) => {
    const source = sources[documentIndex] as DocumentSentences;
    return new WindowPassage(
      id,
      source,
      layout.paragraph[id] as number,
      layout.firstSentence[id] as number,
      layout.lastSentence[id] as number,
    );
  });
}

/** A document and the offsets of its sentences, shared by all of its passages. */
interface DocumentSentences {
  document: ContentDocument;
  starts: Uint32Array;
  ends: Uint32Array;
}

/**
 * A passage as offsets into its document: its text and sentence spans are
 * derived when read, so the corpus's text is held once, by its documents.
 */
class WindowPassage implements Passage {
  readonly documentId: string;
  readonly title: string;
  readonly page: number | null;
  readonly start: number;
  readonly end: number;
  readonly #source: DocumentSentences;

  constructor(
    readonly id: number,
    source: DocumentSentences,
    readonly paragraph: number,
    readonly firstSentence: number,
    readonly lastSentence: number,
  ) {
    this.#source = source;
    this.documentId = source.document.id;
    this.title = source.document.title;
    this.start = source.starts[firstSentence] as number;
    this.end = source.ends[lastSentence] as number;
    this.page = pageAt(source.document, this.start);
  }

  get text(): string {
    return this.#source.document.text.slice(this.start, this.end);
  }

  get sentences(): Span[] {
    const { starts, ends } = this.#source;
    const spans: Span[] = [];
    for (let number = this.firstSentence; number <= this.lastSentence; number += 1) {
      spans.push({
        start: (starts[number] as number) - this.start,
        end: (ends[number] as number) - this.start,
      });
    }
    return spans;
  }
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
    id: first.id,
    documentId: first.documentId,
    title: first.title,
    page: first.page,
    paragraph: first.paragraph,
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
  const all = passage.sentences;
  const kept = all.slice(from, to + 1);
  const head = kept[0];
  const tail = kept.at(-1);
  if (!head || !tail || (from === 0 && to === all.length - 1)) return passage;
  const start = passage.start + head.start;
  return {
    id: passage.id,
    documentId: passage.documentId,
    title: passage.title,
    page: pageAt(document, start),
    paragraph: passage.paragraph,
    start,
    end: passage.start + tail.end,
    firstSentence: passage.firstSentence + from,
    lastSentence: passage.firstSentence + to,
    sentences: kept.map((span) => ({ start: span.start - head.start, end: span.end - head.start })),
    text: passage.text.slice(head.start, tail.end),
  };
}
