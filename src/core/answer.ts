/**
 * The engine's public types: what an answer holds, what `answer()` and the
 * engine take. The engine itself is in `engine.ts`.
 */
import type { FittedParameters } from "./evidence/fitted-model.ts";
import type { QuotedPassage } from "./passages/excerpts.ts";
import type { compileSynonyms, SynonymEntry } from "./query/admin-synonyms.ts";
import type { Query, ReadingRules } from "./query/read-query.ts";
import type { Ranked } from "./ranking/rank-passages.ts";

export type { QuotedPassage } from "./passages/excerpts.ts";

/** How sure an answer is; see {@link Answer.confidence}. */
export type Confidence = "high" | "low";

/** Why a question got no answer. */
export type DeclineReason = "empty" | "too-long" | "no-search-terms" | "not-covered";

/** What every adapter shows: the question, and the passages that answer it, best first. */
export interface Answer {
  question: string;
  noAnswer: boolean;
  /** Set when `noAnswer`: a sentence for the user saying why. */
  reason?: string;
  reasonCode?: DeclineReason;
  /**
   * When answered: "high" when the best passage holds the question's
   * substance, "low" when the evidence is thin — adapters present it as the
   * closest passage, which may not answer.
   */
  confidence?: Confidence;
  passages: QuotedPassage[];
  /** When declined: the nearest passages, to suggest rather than to answer. */
  suggestions: QuotedPassage[];
  /** When more passages follow this page: the offset that shows them ("More"). */
  nextOffset?: number;
  /** Words of the question the documents never use, when it was searched for. */
  unknownWords?: string[];
}

/**
 * Passages on one page of an answer, as Discord and the CLI show it (the
 * "More" button and `--offset` go on by a page): three quotes fit in one
 * message and can be read at a glance.
 */
export const PAGE_SIZE = 3;
/**
 * Passages quoted when the caller names no limit: the five the evaluation
 * scores (MRR@5), so the JSON answer and the eval see the same list. What
 * people are shown is {@link PAGE_SIZE}.
 */
export const DEFAULT_ANSWER_LIMIT = 5;
/** Most passages one answer quotes, whatever the caller asks: bounds an answer's size and work. */
export const MAX_ANSWER_LIMIT = 25;
/** Most nearest passages a declined answer suggests: one page. */
export const MAX_SUGGESTIONS = PAGE_SIZE;

export interface AnswerOptions {
  /** How many passages to quote (default {@link DEFAULT_ANSWER_LIMIT}, at most {@link MAX_ANSWER_LIMIT}). */
  limit?: number;
  /** How many of the best passages to skip, for "more" (default 0). */
  offset?: number;
  /**
   * The earlier question this one follows up ("why does Russia back Assad?"
   * before "and what about Lavrov?"): read with it, its words counting for
   * less than the question's own, which say what is asked now.
   */
  followingUp?: string;
}

/** How an engine reads, ranks and decides; every option has a default. */
export interface EngineOptions {
  /** Where a large corpus's index is cached (default: not cached). */
  cacheDir?: string;
  /** The fitted parameters (default: those `npm run train` wrote). */
  parameters?: FittedParameters;
  /** The question-reading rules (default: all on). */
  rules?: ReadingRules;
  /** Whether questions about the documents themselves are recognised (default: true). */
  documentQuestions?: boolean;
  /** An admin's synonyms (see {@link compileSynonyms}); default: none. */
  synonyms?: readonly SynonymEntry[];
  /** Problems found reading the synonyms, reported with the engine's own (see `synonymProblems`). */
  synonymProblems?: readonly string[];
}

/** A question as the engine reads and ranks it, before it quotes or decides: what training fits on. */
export interface Reading {
  query: Query;
  ranked: Ranked[];
}
