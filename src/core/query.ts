import type { SearchIndex, SentenceTerms } from "./search-index.ts";
import { holds, pairId } from "./search-index.ts";
import { processTerm, termSequence, tokenize } from "./text/terms.ts";

/** At most this many distinct terms of a question count, so cost stays bounded. */
const MAX_QUERY_TERMS = 32;
/** Terms shorter than this are matched exactly: fuzzy matching short words finds other words. */
const MIN_FUZZY_LENGTH = 7;
/** Credit for a term matched only through a spelling variant. */
export const VARIANT_CREDIT = 0.6;

/** One informative term of a question. */
export interface QueryTerm {
  term: string;
  /** Index id, or undefined when no passage holds the term. */
  id: number | undefined;
  /** Its rarity in the corpus. */
  weight: number;
  /** Whether the question writes it as a name (capitalized, not its first word). */
  isName: boolean;
  /** Close spellings found in the index, matched with part credit. */
  variants: { term: string; id: number }[];
}

/** A pair of neighbouring question terms, weighted by their rarity. */
export interface QueryPair {
  id: number;
  weight: number;
}

/** A question as the index reads it. */
export interface Query {
  /** The question's text, control characters removed. */
  text: string;
  terms: QueryTerm[];
  pairs: QueryPair[];
}

/**
 * Reads `question` (already cleaned of control characters) against `index`:
 * its distinct informative terms weighted by rarity, with close spellings of
 * long ones, and its neighbouring term pairs for phrase matches. A question
 * in capitals only is read in lower case, so that all of it is not taken
 * for acronyms.
 */
export function readQuery(index: SearchIndex, question: string): Query {
  const hasCase = /\p{Ll}/u.test(question);
  const sequence = termSequence(hasCase ? question : question.toLowerCase());
  const names = hasCase ? namesIn(question) : new Set<string>();
  const terms = [...new Set(sequence)].slice(0, MAX_QUERY_TERMS).map((term) => {
    const id = index.termId(term);
    const variants = spellingVariants(index, term);
    return { term, id, weight: index.rarity(id), isName: names.has(term), variants };
  });
  return { text: question, terms, pairs: queryPairs(index, sequence) };
}

/** 1 when `sentence` holds the term, part credit for a close spelling, else 0. */
export function creditIn(term: QueryTerm, sentence: SentenceTerms): number {
  const { id, variants } = term;
  if (id !== undefined && holds(sentence.terms, id)) return 1;
  if (variants.some((variant) => holds(sentence.terms, variant.id))) return VARIANT_CREDIT;
  return 0;
}

/** Neighbouring pairs of the question's terms that the index knows, for phrase matches. */
function queryPairs(index: SearchIndex, sequence: string[]): QueryPair[] {
  const pairs = new Map<number, number>();
  for (let i = 1; i < sequence.length && i <= MAX_QUERY_TERMS; i += 1) {
    const first = index.termId(sequence[i - 1] as string);
    const second = index.termId(sequence[i] as string);
    if (first === undefined || second === undefined) continue;
    pairs.set(pairId(first, second), index.rarity(first) + index.rarity(second));
  }
  return [...pairs].map(([id, weight]) => ({ id, weight }));
}

/** Close spellings of long terms found in the corpus ("Khamenei" for "Khamenie"). */
function spellingVariants(index: SearchIndex, term: string): QueryTerm["variants"] {
  if (/\d/.test(term) || term.length < MIN_FUZZY_LENGTH) return [];
  return index.closeSpellings(term, Math.max(1, Math.floor(term.length * 0.2)));
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
