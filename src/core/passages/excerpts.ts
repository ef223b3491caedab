import type { Ranked } from "../ranking/rank-passages.ts";
import type { Passage } from "./passages.ts";

/** One quoted passage of an answer. */
export interface QuotedPassage {
  /** Passage id, for `AnswerEngine.passageOf` and its neighbours. */
  id: number;
  /**
   * Id of the last passage quoted with it: neighbouring passages that all
   * answer are quoted as one (`AnswerEngine.passageOf` rebuilds it). Equal
   * to `id` otherwise.
   */
  throughId: number;
  text: string;
  /** Id of the document the passage comes from. */
  document: string;
  title: string;
  page: number | null;
  paragraph: number;
  /** Relevance from 0 to 1. */
  score: number;
  /** Offsets in `text` of the sentence that best answers the question. */
  highlight: { start: number; end: number };
}

/**
 * A passage overlapping a better one is joined to it when it scores at least
 * this share of the better one's score and the quote stays within
 * {@link MAX_JOINED_CHARS}: the answer often stands in the sentence beside
 * the one that matches, and only the two scores tell which side.
 */
const JOIN_SCORE_SHARE = 0.6;
/** Longest quote joining overlapping passages may make: see {@link JOIN_SCORE_SHARE}. */
const MAX_JOINED_CHARS = 450;

/** Rebuilds the passage spanning passages `id` through `throughId`. */
export type JoinPassages = (id: number, throughId: number) => Passage;

/**
 * `ranked` with no sentence quoted twice, best first: a passage overlapping
 * a better one is joined to it when it scores nearly as well and the quote
 * stays short ({@link JOIN_SCORE_SHARE}), and dropped otherwise, as is one
 * that overlaps two quotes (joined, it would make them share a sentence).
 */
export function joinOverlaps(ranked: readonly Ranked[], join: JoinPassages): Ranked[] {
  const kept: Ranked[] = [];
  for (const entry of ranked) {
    const overlapping = kept.flatMap((other, index) =>
      overlap(other.passage, entry.passage) ? [index] : [],
    );
    if (overlapping.length === 0) {
      kept.push(entry);
      continue;
    }
    const index = overlapping[0] as number;
    const better = kept[index] as Ranked;
    const joinable =
      overlapping.length === 1 &&
      entry.score >= JOIN_SCORE_SHARE * better.score &&
      Math.max(better.passage.end, entry.passage.end) -
        Math.min(better.passage.start, entry.passage.start) <=
        MAX_JOINED_CHARS;
    if (joinable) kept[index] = joined(better, entry, join);
  }
  return kept;
}

/** `entry` as an answer quotes it, its best sentence highlighted. */
export function quoteOf({ passage, score, bestSentence, throughId }: Ranked): QuotedPassage {
  const sentence = passage.sentences[bestSentence] ?? { start: 0, end: passage.text.length };
  return { ...quotedPassageOf(passage, Math.round(score * 1000) / 1000, sentence), throughId };
}

/** `passage` as answers quote it, with `highlight` (offsets in its text) marking the answering sentence. */
export function quotedPassageOf(
  passage: Passage,
  score: number,
  highlight: { start: number; end: number },
): QuotedPassage {
  return {
    id: passage.id,
    throughId: passage.id,
    text: passage.text,
    document: passage.documentId,
    title: passage.title,
    page: passage.page,
    paragraph: passage.paragraph,
    score,
    highlight: { start: highlight.start, end: highlight.end },
  };
}

/** `better` and the overlapping `other` as one entry, still highlighting `better`'s best sentence. */
function joined(better: Ranked, other: Ranked, join: JoinPassages): Ranked {
  const firstId = Math.min(better.passage.id, other.passage.id);
  const throughId = Math.max(better.throughId, other.passage.id);
  const passage = join(firstId, throughId);
  const best = better.passage.sentences[better.bestSentence];
  const shift = better.passage.start - passage.start;
  const bestSentence = Math.max(
    0,
    passage.sentences.findIndex((span) => span.start === (best?.start ?? 0) + shift),
  );
  return { ...better, passage, bestSentence, throughId };
}

/** Whether passages `a` and `b` share a sentence. */
function overlap(a: Passage, b: Passage): boolean {
  return (
    a.documentId === b.documentId &&
    a.firstSentence <= b.lastSentence &&
    b.firstSentence <= a.lastSentence
  );
}

/**
 * A passage scoring under this share of the best one's score is not quoted
 * on an answer's first page: padding it out to a full page with passages
 * that do not answer buries the one that does.
 */
const REACH_SHARE = 0.4;

/** How many of the best `ranked` score within {@link REACH_SHARE} of the first. */
export function withinReach(ranked: readonly { score: number }[]): number {
  const best = ranked[0]?.score ?? 0;
  const outOfReach = ranked.findIndex(({ score }) => score < best * REACH_SHARE);
  return outOfReach === -1 ? ranked.length : outOfReach;
}
