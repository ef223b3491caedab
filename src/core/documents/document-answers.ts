import type { ContentDocument } from "../content/load-content.ts";
import type { SearchIndex } from "../index/search-index.ts";
import type { QuotedPassage } from "../passages/excerpts.ts";
import { quoteOf } from "../passages/excerpts.ts";
import type { Passage } from "../passages/passages.ts";
import type { DocumentQuestion } from "./document-questions.ts";
import { centralPassages } from "./summary.ts";

/** Passages of each document a summary quotes. */
const SUMMARY_PASSAGES = 3;
/**
 * Documents summed up, in file order, for a question about "the document"
 * over many: it names none, and summing up hundreds would cost a pass over
 * the whole corpus for passages nobody pages through.
 */
const MAX_SUMMARIZED_DOCUMENTS = 5;

/**
 * Answers questions about the documents themselves: the "about" passage of
 * each (title, author, publication, source) and the passages that sum each
 * up, each document's summary worked out on first use.
 */
export class DocumentAnswers {
  /** Each document's summary passages, worked out on first use. */
  private readonly summaries = new Map<string, Passage[]>();
  /** Each document's first and last passage id, worked out on first use. */
  private passageRanges: Map<string, [number, number]> | undefined;

  constructor(
    private readonly index: SearchIndex,
    private readonly passages: readonly Passage[],
    private readonly documents: readonly ContentDocument[],
    private readonly aboutPassages: readonly Passage[],
  ) {}

  /**
   * The answer to a question about the documents themselves: the "about"
   * passage of each and the passages that sum each up, in the order the
   * question wants them.
   */
  answer(kind: DocumentQuestion): QuotedPassage[] {
    const about = this.aboutPassages;
    const central = this.documents
      .slice(0, MAX_SUMMARIZED_DOCUMENTS)
      .map((document) => this.summaryOf(document.id));
    // Documents take turns, so each one's summary leads with its most central passage.
    const summaries: Passage[] = [];
    for (let rank = 0; rank < SUMMARY_PASSAGES; rank += 1) {
      for (const passages of central) {
        const passage = passages[rank];
        if (passage) summaries.push(passage);
      }
    }
    const ordered = kind === "about" ? [...about, ...summaries] : [...summaries, ...about];
    return ordered.map((passage, position) =>
      quoteOf({
        passage,
        score: 1 - position / (ordered.length + 1),
        bestSentence: 0,
        throughId: passage.id,
        typed: false,
        askedForFact: false,
      }),
    );
  }

  /** The passages that sum document `documentId` up, most central first, worked out once. */
  private summaryOf(documentId: string): Passage[] {
    let summary = this.summaries.get(documentId);
    if (!summary) {
      this.passageRanges ??= passageRangesOf(this.passages);
      const [first, last] = this.passageRanges.get(documentId) ?? [0, -1];
      const own = this.passages.slice(first, last + 1);
      summary = withoutSharedSentences(centralPassages(this.index, own)).slice(0, SUMMARY_PASSAGES);
      this.summaries.set(documentId, summary);
    }
    return summary;
  }
}

/** The first and last passage id of each document (a document's passages are consecutive). */
function passageRangesOf(passages: readonly Passage[]): Map<string, [number, number]> {
  const ranges = new Map<string, [number, number]>();
  for (const passage of passages) {
    const range = ranges.get(passage.documentId);
    if (range) range[1] = passage.id;
    else ranges.set(passage.documentId, [passage.id, passage.id]);
  }
  return ranges;
}

/** `passages` without those sharing a sentence with a passage before them. */
function withoutSharedSentences(passages: readonly Passage[]): Passage[] {
  const kept: Passage[] = [];
  for (const passage of passages) {
    const overlaps = kept.some(
      (other) =>
        other.firstSentence <= passage.lastSentence && passage.firstSentence <= other.lastSentence,
    );
    if (!overlaps) kept.push(passage);
  }
  return kept;
}
