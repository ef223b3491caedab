import { aboutPassage } from "./about-passage.ts";
import type { AdminSynonyms, SynonymEntry } from "./admin-synonyms.ts";
import { compileSynonyms } from "./admin-synonyms.ts";
import type { ContentDocument } from "./content/load-content.ts";
import type { DocumentQuestion } from "./document-questions.ts";
import { documentQuestionOf } from "./document-questions.ts";
import { DECISION_FEATURES, evidenceFor, judge } from "./evidence.ts";
import type { FittedParameters } from "./fitted-model.ts";
import { checkParameters } from "./fitted-model.ts";
import { FITTED } from "./fitted-parameters.ts";
import type { Passage } from "./passages.ts";
import { buildPassages, joinPassages, slicePassage } from "./passages.ts";
import type { Query, ReadingRules } from "./query.ts";
import { ALL_RULES, readQuery } from "./query.ts";
import type { Quotation } from "./quotations.ts";
import { findQuotations } from "./quotations.ts";
import type { QuotedPassage } from "./quoting.ts";
import { joinOverlaps, quoteOf } from "./quoting.ts";
import type { Ranked } from "./ranking.ts";
import { CANDIDATES, RANKING_FEATURES, rankPassages } from "./ranking.ts";
import { SearchIndex } from "./search-index.ts";
import { speakersByPassage } from "./speakers.ts";
import { centralPassages } from "./summary.ts";
import { SurfaceVocabulary } from "./surface-vocabulary.ts";
import { loadEnglishFrequencies } from "./text/english-frequency.ts";
import { loadIrregularVerbs } from "./text/irregular-verbs.ts";
import { loadWordNet } from "./text/wordnet.ts";
import { unknownWordsOf } from "./unknown-words.ts";

export type { QuotedPassage } from "./quoting.ts";
export { quotedPassageOf } from "./quoting.ts";

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

export interface AnswerOptions {
  /** How many passages to quote (default 5). */
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

/**
 * How much a term of the question being followed up counts beside the
 * follow-up's own: enough to keep the topic, too little to outrank what is
 * asked now.
 */
const EARLIER_QUESTION_WEIGHT = 0.3;

/** Longest question read; longer ones are declined with a reason rather than cut silently. */
export const MAX_QUESTION_CHARS = 4000;

/** Answers questions about a fixed set of documents. Build once; answering is synchronous and pure. */
export class AnswerEngine {
  readonly passages: Passage[];
  /** One "about this document" passage per document, numbered after the text's passages. */
  readonly aboutPassages: Passage[];
  private readonly index: SearchIndex;
  /** The documents' written words, for correcting misspelt question words. */
  private readonly vocabulary: SurfaceVocabulary;
  /** Each document's summary passages, worked out on first use. */
  private readonly summaries = new Map<string, Passage[]>();
  /** Each document's first and last passage id, worked out on first use. */
  private passageRanges: Map<string, [number, number]> | undefined;
  /** The documents' direct quotations with their speakers, for `/quote` and "what did X say". */
  readonly quotations: Quotation[];
  /** Terms of the speakers each passage quotes, for "what did X say". */
  private readonly speakers: Map<number, Set<string>>;
  private readonly documentsById: ReadonlyMap<string, ContentDocument>;
  /** The documents' titles: a question made of their words asks about the documents. */
  private readonly titles: readonly string[];
  private readonly parameters: FittedParameters;
  private readonly rules: ReadingRules;
  private readonly documentQuestions: boolean;
  /** The admin's synonyms, read into index terms. */
  private readonly synonyms: AdminSynonyms;
  /** One line per synonym entry that cannot work and was left out. */
  readonly synonymProblems: readonly string[];

  /**
   * Splits `documents` into passages and indexes them. With `cacheDir`, the
   * MiniSearch index of a large corpus is saved there and reused while the
   * passages and the term pipeline stay the same.
   */
  constructor(
    readonly documents: readonly ContentDocument[],
    options: EngineOptions = {},
  ) {
    this.parameters = options.parameters ?? FITTED;
    checkParameters(this.parameters, RANKING_FEATURES, DECISION_FEATURES);
    this.rules = options.rules ?? ALL_RULES;
    this.documentQuestions = options.documentQuestions ?? true;
    this.passages = buildPassages(documents);
    this.documentsById = new Map(documents.map((document) => [document.id, document]));
    this.titles = documents.map((document) => document.title);
    this.index = new SearchIndex(this.passages, options.cacheDir);
    this.vocabulary = new SurfaceVocabulary(documents);
    this.quotations = findQuotations(documents);
    this.speakers = speakersByPassage(this.quotations, this.passages);
    this.aboutPassages = documents.map((document, position) =>
      aboutPassage(document, this.passages.length + position),
    );
    const compiled = compileSynonyms(this.index, options.synonyms ?? []);
    this.synonyms = compiled.synonyms;
    this.synonymProblems = [...(options.synonymProblems ?? []), ...compiled.problems];
  }

  /**
   * Loads what reading chat questions needs (word frequencies, WordNet's
   * indexes, irregular verbs, the documents' written words) now, so the first question that
   * needs them does not wait: a bot calls it once it is connected.
   */
  warmUp(): void {
    loadEnglishFrequencies();
    loadWordNet();
    loadIrregularVerbs();
    this.vocabulary.prepare();
  }

  /** Answers `question` with up to `limit` quoted passages, or declines with a reason. */
  answer(question: string, options: AnswerOptions = {}): Answer {
    const text = typeof question === "string" ? question : "";
    const limit = clamp(options.limit ?? 5, 1, 25);
    const offset = clamp(options.offset ?? 0, 0, CANDIDATES);
    const cleaned = text.replace(/[\p{Cc}\p{Cf}]+/gu, " ").trim();
    if (cleaned === "") return decline(text, "empty", "Ask a question about the article.");
    if (cleaned.length > MAX_QUESTION_CHARS) {
      return decline(
        text,
        "too-long",
        `The question is ${cleaned.length} characters long; ask in at most ${MAX_QUESTION_CHARS}.`,
      );
    }
    const asksAboutDocument = this.documentQuestions && documentQuestionOf(cleaned, this.titles);
    if (asksAboutDocument) {
      const all = this.documentAnswer(asksAboutDocument);
      return answered(text, "high", all.slice(offset, offset + limit), offset, all.length);
    }
    const { query, ranked } = this.read(cleaned, undefined, options.followingUp);
    if (query.terms.length === 0) {
      return decline(
        text,
        "no-search-terms",
        "The question has no words to look for; ask with words from the article.",
      );
    }
    const join = (id: number, throughId: number) => this.passageOf(id, throughId) as Passage;
    const joined = joinOverlaps(ranked, join);
    // The first page quotes only what answers; later pages ("more") go on down the list.
    const reach = offset === 0 ? withinReach(joined) : joined.length;
    const chosen = joined.slice(offset, Math.min(offset + limit, reach));
    const evidence = evidenceFor(this.index, query, ranked[0]);
    const { verdict } = judge(
      evidence,
      this.parameters.decision,
      ranked[0]?.score ?? 0,
      ranked[1]?.score ?? 0,
    );
    if (verdict === "not-covered") {
      const answer = decline(text, "not-covered", `${this.searched()} not cover this.`);
      // Nearest passages help only when they share a word with the question.
      if (evidence.matched > 0) answer.suggestions = chosen.slice(0, 3).map(quoteOf);
      return { ...answer, unknownWords: unknownWordsOf(query) };
    }
    const confidence = verdict === "thin" ? "low" : "high";
    const answer = answered(text, confidence, chosen.map(quoteOf), offset, joined.length);
    return { ...answer, unknownWords: unknownWordsOf(query) };
  }

  /**
   * Reads `question` (cleaned of control characters) and ranks the passages
   * for it, with `weights` or the engine's own: the steps before quoting
   * and deciding, which training fits. With `earlier` (the question it
   * follows up), the two are read together, `earlier`'s own terms weighed
   * down by {@link EARLIER_QUESTION_WEIGHT} when `question` has informative
   * terms of its own.
   */
  read(
    question: string,
    weights: readonly number[] = this.parameters.ranking.weights,
    earlier?: string,
  ): Reading {
    const query = this.queryOf(question, earlier);
    if (query.terms.length === 0) return { query, ranked: [] };
    const ranked = rankPassages(this.index, this.passages, query, this.speakers, weights);
    return { query, ranked };
  }

  /** The evidence `best` (one of a reading's ranked passages) gives for `query`. */
  evidenceOf(query: Query, best: Ranked | undefined) {
    return evidenceFor(this.index, query, best);
  }

  /** `question` read with the engine's rules and credits. */
  private readQuestion(question: string): Query {
    return readQuery(this.index, this.vocabulary, question, {
      rules: this.rules,
      credits: this.parameters.credits,
      synonyms: this.synonyms,
    });
  }

  /** The query of `question`, or of `earlier` and `question` together when it follows `earlier` up. */
  private queryOf(question: string, earlier: string | undefined): Query {
    const own = this.readQuestion(question);
    const context = earlier
      ?.replace(/[\p{Cc}\p{Cf}]+/gu, " ")
      .trim()
      .slice(0, MAX_QUESTION_CHARS);
    if (!context) return own;
    const together = this.readQuestion(`${context} ${question}`);
    const ownTerms = new Set(own.terms.map((term) => term.term));
    if (!own.terms.some((term) => !term.isFiller)) return together;
    for (const term of together.terms)
      if (!ownTerms.has(term.term)) term.weight *= EARLIER_QUESTION_WEIGHT;
    return together;
  }

  /** What a decline says was searched: the document's title when there is one document. */
  private searched(): string {
    const [only] = this.documents;
    return this.documents.length === 1 && only ? `“${only.title}” does` : "These documents do";
  }

  /**
   * The answer to a question about the documents themselves: the "about"
   * passage of each (title, author, publication, source) and the passages
   * that sum each up, in the order the question wants them.
   */
  private documentAnswer(kind: DocumentQuestion): QuotedPassage[] {
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

  /**
   * The passage a quote shows: passage `id`, joined with the passages through
   * `throughId` when it was quoted with them; undefined for unknown ids.
   */
  passageOf(id: number, throughId: number = id): Passage | undefined {
    if (id >= this.passages.length) return this.aboutPassages[id - this.passages.length];
    const first = this.passages[id];
    if (!first || throughId <= id) return first;
    const parts = this.passages
      .slice(id, throughId + 1)
      .filter((part) => part.documentId === first.documentId);
    const document = this.documentsById.get(first.documentId);
    return document ? joinPassages(parts, document.text) : first;
  }

  /**
   * What stands just before and after `passage` in its document: the
   * sentences of the nearest passages that it does not quote itself, so
   * no sentence is skipped and none is shown twice.
   */
  neighbours(passage: Passage): { before: Passage | null; after: Passage | null } {
    const sameDocument = (other: Passage | undefined) =>
      other && other.documentId === passage.documentId ? other : undefined;
    const document = this.documentsById.get(passage.documentId);
    if (!document) return { before: null, after: null };
    let before: Passage | null = null;
    for (let i = passage.id - 1; i >= 0; i -= 1) {
      const other = sameDocument(this.passages[i]);
      if (!other) break;
      if (other.firstSentence < passage.firstSentence) {
        before = slicePassage(other, document, other.firstSentence, passage.firstSentence - 1);
        break;
      }
    }
    let after: Passage | null = null;
    for (let i = passage.id + 1; i < this.passages.length; i += 1) {
      const other = sameDocument(this.passages[i]);
      if (!other) break;
      if (other.lastSentence > passage.lastSentence) {
        after = slicePassage(other, document, passage.lastSentence + 1, other.lastSentence);
        break;
      }
    }
    return { before, after };
  }
}

/**
 * A passage scoring under this share of the best one's score is not quoted
 * on an answer's first page: padding it out to a full page with passages
 * that do not answer buries the one that does.
 */
const REACH_SHARE = 0.4;

/** How many of the best `ranked` score within {@link REACH_SHARE} of the first. */
function withinReach(ranked: readonly { score: number }[]): number {
  const best = ranked[0]?.score ?? 0;
  const outOfReach = ranked.findIndex(({ score }) => score < best * REACH_SHARE);
  return outOfReach === -1 ? ranked.length : outOfReach;
}

/** Passages of each document a summary quotes. */
const SUMMARY_PASSAGES = 3;
/**
 * Documents summed up, in file order, for a question about "the document"
 * over many: it names none, and summing up hundreds would cost a pass over
 * the whole corpus for passages nobody pages through.
 */
const MAX_SUMMARIZED_DOCUMENTS = 5;

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

/**
 * An answer quoting `passages`, the page from `offset` of `total` passages;
 * it says where the next page starts when more follow.
 */
function answered(
  question: string,
  confidence: Confidence,
  passages: QuotedPassage[],
  offset: number,
  total: number,
): Answer {
  const answer: Answer = { question, noAnswer: false, confidence, passages, suggestions: [] };
  if (offset + passages.length < total) answer.nextOffset = offset + passages.length;
  return answer;
}

function decline(question: string, reasonCode: DeclineReason, reason: string): Answer {
  return { question, noAnswer: true, reason, reasonCode, passages: [], suggestions: [] };
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : min;
}
