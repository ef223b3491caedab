import type { ContentDocument } from "./content/load-content.ts";
import type { Passage } from "./passages.ts";
import { buildPassages, joinPassages, slicePassage } from "./passages.ts";
import type { SentenceTerms } from "./search-index.ts";
import { holds, pairId, SearchIndex } from "./search-index.ts";
import { answerTypeOf, holdsAnswerType } from "./text/answer-type.ts";
import { processTerm, termSequence, tokenize } from "./text/terms.ts";

/** One quoted passage of an answer. */
export interface QuotedPassage {
  /** Passage id, for {@link AnswerEngine.passageOf} and its neighbours. */
  id: number;
  /**
   * Id of the last passage quoted with it: two overlapping passages that
   * both answer are quoted as one ({@link AnswerEngine.passageOf} rebuilds
   * it). Equal to `id` otherwise.
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

/** Why a question got no answer. */
export type DeclineReason = "empty" | "too-long" | "no-search-terms" | "not-covered";

/** What every adapter shows: the question, and the passages that answer it, best first. */
export interface Answer {
  question: string;
  noAnswer: boolean;
  /** Set when `noAnswer`: a sentence for the user saying why. */
  reason?: string;
  reasonCode?: DeclineReason;
  passages: QuotedPassage[];
  /** When declined: the nearest passages, to suggest rather than to answer. */
  suggestions: QuotedPassage[];
}

export interface AnswerOptions {
  /** How many passages to quote (default 5). */
  limit?: number;
  /** How many of the best passages to skip, for "more" (default 0). */
  offset?: number;
}

/** Longest question read; longer ones are declined with a reason rather than cut silently. */
export const MAX_QUESTION_CHARS = 4000;
/** At most this many distinct terms of a question count, so cost stays bounded. */
const MAX_QUERY_TERMS = 32;
/** Candidates re-ranked after MiniSearch's first cut. */
const CANDIDATES = 60;
/**
 * Weights of the re-ranking signals, measured with `npm run eval`: MiniSearch's
 * BM25 finds candidates, but how much of the question a passage (and its best
 * sentence) covers decides most; the kind of answer asked for and shared
 * phrases break near-ties.
 */
const WEIGHTS = { bm25: 0.35, coverage: 0.4, sentence: 0.25, answerType: 0.1, phrase: 0.05 };
/**
 * Two overlapping passages are quoted as one when the second scores at least
 * this share of the first and the two together are no longer than
 * {@link MAX_JOINED_CHARS}: the answer is often in the sentence beside the
 * one that matches, and which side only the pair of scores tells.
 */
const JOIN_SCORE_SHARE = 0.6;
const MAX_JOINED_CHARS = 450;
/** Terms shorter than this are matched exactly: fuzzy matching short words finds other words. */
const MIN_FUZZY_LENGTH = 7;
/** Credit for a term matched only through a spelling variant. */
const VARIANT_CREDIT = 0.6;
/** In a large corpus, terms in more than this share of passages do not pick candidates. */
const COMMON_SHARE = 0.02;
/** …and only when they are in more passages than this, so small corpora are never pruned. */
const MIN_COMMON_PASSAGES = 1000;

interface QueryTerm {
  term: string;
  /** Index id, or undefined when no passage holds the term. */
  id: number | undefined;
  weight: number;
  /** Whether the question writes it as a name (capitalized, not its first word). */
  isName: boolean;
  /** Close spellings found in the index, matched with part credit. */
  variants: { term: string; id: number }[];
}

/** A pair of neighbouring question terms, weighted by their rarity. */
interface QueryPair {
  id: number;
  weight: number;
}

interface Ranked {
  passage: Passage;
  score: number;
  coverage: number;
  bestSentence: number;
  /** Id of the last passage joined into this one, or its own id. */
  throughId: number;
  /** Whether the best sentence holds the kind of answer asked for (a time, a quantity, a name). */
  typed: boolean;
}

/** Answers questions about a fixed set of documents. Build once; answering is synchronous and pure. */
export class AnswerEngine {
  readonly passages: Passage[];
  private readonly index: SearchIndex;

  /**
   * Splits `documents` into passages and indexes them. With `cacheDir`, the
   * MiniSearch index of a large corpus is saved there and reused while the
   * passages and the term pipeline stay the same.
   */
  constructor(
    readonly documents: readonly ContentDocument[],
    options: { cacheDir?: string } = {},
  ) {
    this.passages = buildPassages(documents);
    this.index = new SearchIndex(this.passages, options.cacheDir);
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
    const hasCase = /\p{Ll}/u.test(cleaned);
    const sequence = termSequence(hasCase ? cleaned : cleaned.toLowerCase());
    const query = this.queryTerms(sequence, hasCase ? namesIn(cleaned) : new Set());
    if (query.length === 0) {
      return decline(
        text,
        "no-search-terms",
        "The question has no words to look for; ask with words from the article.",
      );
    }
    const ranked = this.rank(query, this.queryPairs(sequence), cleaned);
    const chosen = this.joinOverlaps(ranked).slice(offset, offset + limit);
    if (!this.isCovered(query, ranked[0])) {
      const subject = this.documents.length === 1 ? "The article does" : "These documents do";
      const answer = decline(text, "not-covered", `${subject} not cover this.`);
      answer.suggestions = chosen.slice(0, 3).map((entry) => this.quote(entry));
      return answer;
    }
    return {
      question: text,
      noAnswer: false,
      passages: chosen.map((entry) => this.quote(entry)),
      suggestions: [],
    };
  }

  /**
   * The passage a quote shows: passage `id`, joined with the passages through
   * `throughId` when it was quoted with them; undefined for unknown ids.
   */
  passageOf(id: number, throughId: number = id): Passage | undefined {
    const first = this.passages[id];
    if (!first || throughId <= id) return first;
    const parts = this.passages
      .slice(id, throughId + 1)
      .filter((part) => part.documentId === first.documentId);
    const document = this.documents.find(({ id: documentId }) => documentId === first.documentId);
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
    const document = this.documents.find(({ id }) => id === passage.documentId);
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

  /**
   * Whether the corpus answers the question at all, judged from evidence:
   * terms of the question found in the best passage against terms found
   * nowhere in the corpus. A question whose words are mostly unknown here
   * ("capital of France") is declined; one whose words are known but spread
   * out (a paraphrase) is answered. One matched word beside an unknown one is
   * a look-alike ("population of India"), not an answer, unless the passage
   * also holds the kind of thing asked for ("Who was Margaret's husband?"
   * beside "Malcolm married … Margaret") and the unknown word is not a name
   * the documents never mention ("president of France").
   */
  private isCovered(query: QueryTerm[], best: Ranked | undefined): boolean {
    if (!best) return false;
    const sentences = this.index.sentences(best.passage.id);
    const matched = query.filter((term) =>
      sentences.some((sentence) => creditIn(term, sentence) > 0),
    ).length;
    const unknownTerms = query.filter(
      ({ id, variants }) => id === undefined && variants.length === 0,
    );
    const unknown = unknownTerms.length;
    if (matched === 0) return false;
    if (matched === 1 && unknown > 0) {
      if (!best.typed || unknownTerms.some(({ isName }) => isName)) return false;
    }
    return unknown * 2 <= query.length;
  }

  /** The question's distinct informative terms, each weighted by its rarity in the corpus. */
  private queryTerms(sequence: string[], names: Set<string>): QueryTerm[] {
    return [...new Set(sequence)].slice(0, MAX_QUERY_TERMS).map((term) => {
      const id = this.index.termId(term);
      const variants = this.spellingVariants(term);
      return { term, id, weight: this.rarity(id), isName: names.has(term), variants };
    });
  }

  /** Neighbouring pairs of the question's terms that the index knows, for phrase matches. */
  private queryPairs(sequence: string[]): QueryPair[] {
    const pairs = new Map<number, number>();
    for (let i = 1; i < sequence.length && i <= MAX_QUERY_TERMS; i += 1) {
      const first = this.index.termId(sequence[i - 1] as string);
      const second = this.index.termId(sequence[i] as string);
      if (first === undefined || second === undefined) continue;
      pairs.set(pairId(first, second), this.rarity(first) + this.rarity(second));
    }
    return [...pairs].map(([id, weight]) => ({ id, weight }));
  }

  /** BM25's inverse document frequency; a term absent from the corpus is the rarest of all. */
  private rarity(id: number | undefined): number {
    const count = id === undefined ? 0 : this.index.passagesWith(id);
    const total = this.index.passageCount;
    return Math.log(1 + (total - count + 0.5) / (count + 0.5));
  }

  /** Close spellings of long terms found in the corpus ("Khamenei" for "Khamenie"). */
  private spellingVariants(term: string): QueryTerm["variants"] {
    if (/\d/.test(term) || term.length < MIN_FUZZY_LENGTH) return [];
    return this.index.closeSpellings(term, Math.max(1, Math.floor(term.length * 0.2)));
  }

  /**
   * The terms MiniSearch retrieves candidates with. In a large corpus, terms
   * in more than {@link COMMON_SHARE} of passages are left out: their postings
   * are long and they rarely decide the answer; re-ranking still counts them.
   * A question of common terms only is retrieved by its rarest term.
   */
  private retrievalTerms(query: QueryTerm[]): Map<string, number> {
    const boosts = new Map<string, number>();
    const limit = Math.max(MIN_COMMON_PASSAGES, this.index.passageCount * COMMON_SHARE);
    const add = (term: string, id: number | undefined, boost: number, keepCommon: boolean) => {
      if (id === undefined || boosts.has(term)) return;
      if (!keepCommon && this.index.passagesWith(id) > limit) return;
      boosts.set(term, boost);
    };
    for (const { term, id, variants } of query) {
      add(term, id, 1, false);
      for (const variant of variants) add(variant.term, variant.id, VARIANT_CREDIT, false);
    }
    if (boosts.size === 0) {
      // Only common terms: the rarest one alone bounds the work.
      const known = query.filter((term) => term.id !== undefined);
      const rarest = known.sort(
        (a, b) => this.index.passagesWith(a.id as number) - this.index.passagesWith(b.id as number),
      )[0];
      if (rarest) add(rarest.term, rarest.id, 1, true);
    }
    return boosts;
  }

  private rank(query: QueryTerm[], pairs: QueryPair[], question: string): Ranked[] {
    const answerType = answerTypeOf(question);
    const boosts = this.retrievalTerms(query);
    if (boosts.size === 0) return [];
    const results = this.index.search.search([...boosts.keys()].join(" "), {
      boostTerm: (term: string) => boosts.get(term) ?? 1,
    });
    const candidates = results.slice(0, CANDIDATES);
    const topScore = candidates[0]?.score ?? 1;
    const totalWeight = query.reduce((sum, { weight }) => sum + weight, 0);
    const pairWeight = pairs.reduce((sum, { weight }) => sum + weight, 0);
    const ranked = candidates.map((result) => {
      const passage = this.passages[result.id as number] as Passage;
      const sentences = this.index.sentences(passage.id);
      // Each term's credit in each sentence; the passage holds a term as well as its best sentence does.
      const credits = sentences.map((sentence) => query.map((term) => creditIn(term, sentence)));
      const weighted = (credit: (index: number) => number) =>
        query.reduce((sum, term, index) => sum + term.weight * credit(index), 0) / totalWeight;
      const coverage = weighted((index) =>
        Math.max(0, ...credits.map((credit) => credit[index] ?? 0)),
      );
      let bestSentence = 0;
      let bestSentenceCoverage = -1;
      credits.forEach((credit, index) => {
        const sentenceCoverage = weighted((term) => credit[term] ?? 0);
        if (sentenceCoverage > bestSentenceCoverage) {
          bestSentenceCoverage = sentenceCoverage;
          bestSentence = index;
        }
      });
      const span = passage.sentences[bestSentence];
      const typed =
        answerType !== null &&
        span !== undefined &&
        holdsAnswerType(passage.text.slice(span.start, span.end), answerType, question);
      const phrase =
        pairWeight === 0
          ? 0
          : pairs.reduce(
              (sum, { id, weight }) =>
                sum + (sentences.some((s) => holds(s.pairs, id)) ? weight : 0),
              0,
            ) / pairWeight;
      const score =
        WEIGHTS.bm25 * (result.score / topScore) +
        WEIGHTS.coverage * coverage +
        WEIGHTS.sentence * bestSentenceCoverage +
        WEIGHTS.answerType * (typed ? 1 : 0) +
        WEIGHTS.phrase * phrase;
      return { passage, score, coverage, bestSentence, typed, throughId: passage.id };
    });
    return ranked.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
  }

  /**
   * Best first, with no sentence quoted twice: a passage overlapping a better
   * one is joined to it when it scores nearly as well and the two fit in a
   * quote ({@link JOIN_SCORE_SHARE}), and dropped otherwise.
   */
  private joinOverlaps(ranked: Ranked[]): Ranked[] {
    const kept: Ranked[] = [];
    for (const entry of ranked) {
      const overlapping = kept.flatMap((other, index) =>
        overlap(other.passage, entry.passage) ? [index] : [],
      );
      if (overlapping.length === 0) {
        kept.push(entry);
        continue;
      }
      // Joined to two quotes, it would make them share a sentence.
      const index = overlapping[0] as number;
      const better = kept[index] as Ranked;
      const joinable =
        overlapping.length === 1 &&
        entry.score >= JOIN_SCORE_SHARE * better.score &&
        Math.max(better.passage.end, entry.passage.end) -
          Math.min(better.passage.start, entry.passage.start) <=
          MAX_JOINED_CHARS;
      if (joinable) kept[index] = this.joined(better, entry);
    }
    return kept;
  }

  /** `better` and the overlapping `other` as one entry, highlighting `better`'s best sentence. */
  private joined(better: Ranked, other: Ranked): Ranked {
    const firstId = Math.min(better.passage.id, other.passage.id);
    const throughId = Math.max(better.throughId, other.passage.id);
    const passage = this.passageOf(firstId, throughId) as Passage;
    const best = better.passage.sentences[better.bestSentence];
    const shift = better.passage.start - passage.start;
    const bestSentence = Math.max(
      0,
      passage.sentences.findIndex((span) => span.start === (best?.start ?? 0) + shift),
    );
    return { ...better, passage, bestSentence, throughId };
  }

  private quote({ passage, score, bestSentence, throughId }: Ranked): QuotedPassage {
    const sentence = passage.sentences[bestSentence] ?? { start: 0, end: passage.text.length };
    return {
      ...quotedPassageOf(passage, Math.round(score * 1000) / 1000, sentence),
      throughId,
    };
  }
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

/** The terms of the words `question` capitalizes other than its first: the names it mentions. */
function namesIn(question: string): Set<string> {
  const names = new Set<string>();
  for (const word of tokenize(question).slice(1)) {
    if (!/^\p{Lu}/u.test(word)) continue;
    const term = processTerm(word);
    if (term) names.add(term);
  }
  return names;
}

/** 1 when `sentence` holds the term, part credit for a close spelling, else 0. */
function creditIn(term: QueryTerm, sentence: SentenceTerms): number {
  const { id, variants } = term;
  if (id !== undefined && holds(sentence.terms, id)) return 1;
  if (variants.some((variant) => holds(sentence.terms, variant.id))) return VARIANT_CREDIT;
  return 0;
}

/** Whether passages `a` and `b` share a sentence. */
function overlap(a: Passage, b: Passage): boolean {
  return (
    a.documentId === b.documentId &&
    a.firstSentence <= b.lastSentence &&
    b.firstSentence <= a.lastSentence
  );
}

function decline(question: string, reasonCode: DeclineReason, reason: string): Answer {
  return { question, noAnswer: true, reason, reasonCode, passages: [], suggestions: [] };
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : min;
}
