/**
 * The engine: builds the stages once (content → passages → index, with the
 * documents' quotations and about passages) and answers questions through
 * the others (documents, query → ranking → evidence). Answering is
 * synchronous and pure. Its public types are in `answer.ts`.
 */
import type {
  Answer,
  AnswerOptions,
  Confidence,
  DeclineReason,
  EngineOptions,
  Reading,
} from "./answer.ts";
import { DEFAULT_ANSWER_LIMIT, MAX_ANSWER_LIMIT, MAX_SUGGESTIONS } from "./answer.ts";
import type { ContentDocument } from "./content/load-content.ts";
import { aboutPassage } from "./documents/about-passage.ts";
import { DocumentAnswers } from "./documents/document-answers.ts";
import { documentQuestionOf } from "./documents/document-questions.ts";
import { loadEnglishFrequencies } from "./english/english-frequency.ts";
import { loadIrregularVerbs } from "./english/irregular-verbs.ts";
import { loadWordNet } from "./english/wordnet-files.ts";
import { DECISION_FEATURES, judge } from "./evidence/decision.ts";
import { evidenceFor } from "./evidence/evidence.ts";
import type { FittedParameters } from "./evidence/fitted-model.ts";
import { checkParameters } from "./evidence/fitted-model.ts";
import { FITTED } from "./evidence/fitted-parameters.ts";
import { SearchIndex } from "./index/search-index.ts";
import { SurfaceVocabulary } from "./index/surface-vocabulary.ts";
import type { QuotedPassage } from "./passages/excerpts.ts";
import { joinOverlaps, quoteOf, withinReach } from "./passages/excerpts.ts";
import type { PassageShelf } from "./passages/navigation.ts";
import { neighboursOf, passageThrough } from "./passages/navigation.ts";
import type { Passage } from "./passages/passages.ts";
import { buildPassages } from "./passages/passages.ts";
import type { AdminSynonyms } from "./query/admin-synonyms.ts";
import { compileSynonyms } from "./query/admin-synonyms.ts";
import { readFollowingUp } from "./query/follow-up.ts";
import type { Query, ReadingRules } from "./query/read-query.ts";
import { ALL_RULES, readQuery } from "./query/read-query.ts";
import { unknownWordsOf } from "./query/unknown-words.ts";
import { CANDIDATES } from "./ranking/candidates.ts";
import type { Ranked } from "./ranking/rank-passages.ts";
import { rankPassages } from "./ranking/rank-passages.ts";
import { RANKING_FEATURES } from "./ranking/signals.ts";
import type { Quotation } from "./speech/quotations.ts";
import { findQuotations } from "./speech/quotations.ts";
import { speakersByPassage } from "./speech/speakers.ts";

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
  /** Answers to questions about the documents themselves, summaries worked out on first use. */
  private readonly documentAnswers: DocumentAnswers;
  /** The documents' direct quotations with their speakers, for `/quote` and "what did X say". */
  readonly quotations: Quotation[];
  /** Terms of the speakers each passage quotes, for "what did X say". */
  private readonly speakers: Map<number, Set<string>>;
  /** The passages and documents, for rebuilding a quoted passage and its neighbours. */
  private readonly shelf: PassageShelf;
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
    const documentsById = new Map(documents.map((document) => [document.id, document]));
    this.titles = documents.map((document) => document.title);
    this.index = new SearchIndex(this.passages, options.cacheDir);
    this.vocabulary = new SurfaceVocabulary(documents);
    this.quotations = findQuotations(documents);
    this.speakers = speakersByPassage(this.quotations, this.passages);
    this.aboutPassages = documents.map((document, position) =>
      aboutPassage(document, this.passages.length + position),
    );
    this.shelf = { passages: this.passages, aboutPassages: this.aboutPassages, documentsById };
    this.documentAnswers = new DocumentAnswers(
      this.index,
      this.passages,
      documents,
      this.aboutPassages,
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
    const limit = clamp(options.limit ?? DEFAULT_ANSWER_LIMIT, 1, MAX_ANSWER_LIMIT);
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
      const all = this.documentAnswers.answer(asksAboutDocument);
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
      if (evidence.matched > 0) answer.suggestions = chosen.slice(0, MAX_SUGGESTIONS).map(quoteOf);
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
   * down when `question` has informative terms of its own
   * ({@link readFollowingUp}).
   */
  read(
    question: string,
    weights: readonly number[] = this.parameters.ranking.weights,
    earlier?: string,
  ): Reading {
    const readQuestion = (text: string) => this.readQuestion(text);
    const query = readFollowingUp(readQuestion, question, earlier, MAX_QUESTION_CHARS);
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

  /** What a decline says was searched: the document's title when there is one document. */
  private searched(): string {
    const [only] = this.documents;
    return this.documents.length === 1 && only ? `“${only.title}” does` : "These documents do";
  }

  /** The passage a quote shows (see {@link passageThrough}); undefined for unknown ids. */
  passageOf(id: number, throughId: number = id): Passage | undefined {
    return passageThrough(this.shelf, id, throughId);
  }

  /** What stands just before and after `passage` in its document (see {@link neighboursOf}). */
  neighbours(passage: Passage): { before: Passage | null; after: Passage | null } {
    return neighboursOf(this.shelf, passage);
  }
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
