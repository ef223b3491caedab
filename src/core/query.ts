import type { AdminSynonyms } from "./admin-synonyms.ts";
import { applyAdminSynonyms, NO_SYNONYMS } from "./admin-synonyms.ts";
import { derivedTerms } from "./derived-terms.ts";
import { inflectedTerms } from "./inflected-terms.ts";
import { relatedTerms } from "./related-terms.ts";
import type { SearchIndex, SentenceTerms } from "./search-index.ts";
import { holds, pairId } from "./search-index.ts";
import { asksWhatWasSaid, isSpeechVerb } from "./speakers.ts";
import { MAX_TYPO_LENGTH, mayBeMisspelt, typoCorrections } from "./spelling.ts";
import { standInTerms } from "./stand-in-terms.ts";
import type { SurfaceVocabulary } from "./surface-vocabulary.ts";
import { CHAT_FILLER, expandShorthand } from "./text/chat-shorthand.ts";
import { informativeness } from "./text/english-frequency.ts";
import { stopWordMisspeltAs } from "./text/stop-word-typos.ts";
import { processTerm, tokenize } from "./text/terms.ts";
import { collocationSynonyms } from "./text/wordnet.ts";

/** At most this many distinct terms of a question count, so cost stays bounded. */
export const MAX_QUERY_TERMS = 32;
/** Terms shorter than this are matched exactly: fuzzy matching short known words finds other words. */
const MIN_FUZZY_LENGTH = 7;
/** Credit for a term matched only through a spelling variant of a word the documents use. */
export const VARIANT_CREDIT = 0.6;
/** Credit for a misspelt word's correction: one edit away is likelier meant than two. */
const CORRECTION_CREDIT = [0, 0.85, 0.7];
/** Question words looked up in WordNet at most, so a question of many rare words stays cheap. */
const MAX_RELATED_LOOKUPS = 6;
/** Question words looked up for derived forms at most. */
const MAX_DERIVED_LOOKUPS = 8;
/** Question words looked up for misspellings at most: each costs a fuzzy search of the vocabulary. */
const MAX_CORRECTED_WORDS = 8;
/** Words of a question checked for a misspelt question word ("wheer"): they come first. */
const MAX_STOP_WORD_CHECKS = 16;
/** Chat filler still ranks (lightly), but says nothing about what is asked. */
const FILLER_WEIGHT = 0.25;

/** A stand-in for a question term: a close spelling, a correction or a related word. */
export interface TermVariant {
  term: string;
  id: number;
  /** Share of a full match a passage holding it earns. */
  credit: number;
  /** For a two-word stand-in, the id of the word pair a sentence must hold. */
  pair?: number;
}

/** One informative term of a question. */
export interface QueryTerm {
  term: string;
  /** The word as the question writes it (after shorthand is expanded). */
  word: string;
  /** Index id, or undefined when no passage holds the term. */
  id: number | undefined;
  /** Its rarity in the corpus. */
  weight: number;
  /** Whether the question writes it as a name (capitalized, not its first word). */
  isName: boolean;
  /** Chat filler ("stuff", "lol"): ranks lightly, never evidence. */
  isFiller: boolean;
  /** How informative the word is in general English, 0–1. */
  informativeness: number;
  /** Close spellings, corrections and related words found in the index, matched with part credit. */
  variants: TermVariant[];
}

/** A pair of neighbouring question terms, weighted by their rarity. */
export interface QueryPair {
  id: number;
  weight: number;
}

/** A question as the index reads it. */
export interface Query {
  /** The question as read: control characters removed, shorthand and misspelt question words set right. */
  text: string;
  terms: QueryTerm[];
  pairs: QueryPair[];
  /** Whether it asks what someone said ("what did Lavrov say"): their quotations come first. */
  asksSpeech: boolean;
}

/**
 * Reads `question` (already cleaned of control characters) against `index`:
 * chat shorthand spelled out, then its distinct informative terms weighted
 * by rarity, each with stand-ins for when the documents word it otherwise
 * (close spellings of long words, corrections of misspelt ones, WordNet
 * relatives of English words the documents lack), and its neighbouring term
 * pairs for phrase matches. A question in capitals only is read in lower
 * case, so that all of it is not taken for acronyms. An admin's `synonyms`
 * stand in for the words they map, at full credit.
 */
export function readQuery(
  index: SearchIndex,
  vocabulary: SurfaceVocabulary,
  question: string,
  synonyms: AdminSynonyms = NO_SYNONYMS,
): Query {
  const expanded = correctStopWords(index, expandShorthand(question));
  const hasCase = /\p{Ll}/u.test(expanded);
  const words = tokenize(hasCase ? expanded : expanded.toLowerCase());
  const names = hasCase ? namesIn(words) : new Set<string>();
  const sequence: string[] = [];
  const wordOf = new Map<string, string>();
  // "What did Lavrov say": the verb asks for a quotation, it names no topic.
  const asksSpeech = asksWhatWasSaid(expanded);
  for (const word of words) {
    if (asksSpeech && isSpeechVerb(word)) continue;
    const term = processTerm(word);
    if (!term) continue;
    sequence.push(term);
    if (!wordOf.has(term)) wordOf.set(term, word);
  }
  // "push back" where the documents write "pushback": the joined word counts as a term too.
  for (const joined of joinedWords(words, vocabulary)) {
    const term = vocabulary.termOf(joined) as string;
    if (!wordOf.has(term)) wordOf.set(term, joined);
  }
  let lookups = 0;
  let corrected = 0;
  let derivations = 0;
  const terms = [...wordOf].slice(0, MAX_QUERY_TERMS).map(([term, word]): QueryTerm => {
    const id = index.termId(term);
    const isFiller = CHAT_FILLER.has(word.toLowerCase());
    const variants: TermVariant[] = [];
    if (id !== undefined) {
      variants.push(...spellingVariants(index, term));
    } else if (!isFiller) {
      const corrections =
        corrected < MAX_CORRECTED_WORDS && mayBeMisspelt(word)
          ? typoCorrections(index, vocabulary, word)
          : [];
      if (mayBeMisspelt(word)) corrected += 1;
      for (const { term: corrected, id: correctedId, edits } of corrections) {
        variants.push({ term: corrected, id: correctedId, credit: CORRECTION_CREDIT[edits] ?? 0 });
      }
      if (corrections.length === 0 && lookups < MAX_RELATED_LOOKUPS) {
        lookups += 1;
        variants.push(...relatedTerms(index, word));
      }
    }
    // "invade" beside "invasion": only for words the documents lack, as a known
    // word's own matches are better evidence than its derived forms'.
    if (id === undefined && !isFiller && derivations < MAX_DERIVED_LOOKUPS) {
      derivations += 1;
      addForms(variants, derivedTerms(index, word));
    }
    // "sending" beside "sent", "busy" beside "busiest", unless the documents write
    // the word as asked ("business" shares the stem of "busy", not its sense).
    if (!isFiller && vocabulary.termOf(word.toLowerCase()) === undefined) {
      addForms(variants, inflectedTerms(index, word));
    }
    const weight = index.rarity(id) * (isFiller ? FILLER_WEIGHT : 1);
    return {
      term,
      word,
      id,
      weight,
      isName: names.has(term),
      isFiller,
      informativeness: informativeness(word),
      variants,
    };
  });
  addPhrasalVerbSynonyms(index, words, terms);
  applyAdminSynonyms(index, sequence, terms, synonyms);
  return { text: expanded, terms, pairs: queryPairs(index, sequence), asksSpeech };
}

/** Adverb particles of English phrasal verbs ("set up", "hold out", "push back"). */
export const PARTICLES: ReadonlySet<string> = new Set([
  "up",
  "out",
  "off",
  "back",
  "down",
  "in",
  "on",
  "over",
  "away",
  "around",
  "through",
  "along",
  "apart",
  "together",
  "forth",
]);

/** Credit for a synonym of a phrasal verb of the question ("take off" → "depart"), as for any synonym. */
export const PHRASAL_VERB_CREDIT = 0.6;

/**
 * Synonyms of the question's phrasal verbs (a word and an adverb particle)
 * that WordNet lists ("set up" → "establish", "hold out" → "resist"), as
 * stand-ins for the pair's last term: the pair says what neither word says
 * alone. A word and a preposition ("stand for") are left alone: WordNet's
 * synonyms of those were measured to pull in passages about other things.
 */
function addPhrasalVerbSynonyms(
  index: SearchIndex,
  words: readonly string[],
  terms: QueryTerm[],
): void {
  for (let i = 1; i < words.length && i <= MAX_QUERY_TERMS; i += 1) {
    const first = words[i - 1] as string;
    const second = words[i] as string;
    if (!PARTICLES.has(second.toLowerCase())) continue;
    const host =
      terms.find((term) => term.term === processTerm(second)) ??
      terms.find((term) => term.term === processTerm(first));
    if (!host || host.isFiller) continue;
    const synonyms = collocationSynonyms(first, second);
    addForms(host.variants, standInTerms(index, synonyms, host.term, PHRASAL_VERB_CREDIT));
  }
}

/** Adds `forms` to `variants` unless a variant already stands for the same term at no less credit. */
function addForms(variants: TermVariant[], forms: readonly TermVariant[]): void {
  for (const form of forms) {
    if (!variants.some((variant) => variant.id === form.id && variant.credit >= form.credit)) {
      variants.push(form);
    }
  }
}

/** 1 when `sentence` holds the term, part credit for its best stand-in, else 0. */
export function creditIn(term: QueryTerm, sentence: SentenceTerms): number {
  const { id, variants } = term;
  if (id !== undefined && holds(sentence.terms, id)) return 1;
  let best = 0;
  for (const variant of variants) {
    if (variant.credit <= best) continue;
    const held =
      variant.pair === undefined
        ? holds(sentence.terms, variant.id)
        : holds(sentence.pairs, variant.pair);
    if (held) best = variant.credit;
  }
  return best;
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

/**
 * Close spellings of long terms the documents use ("militari" beside
 * "militar"), within 0.2 edits a letter and never more than two.
 */
function spellingVariants(index: SearchIndex, term: string): TermVariant[] {
  if (/\d/.test(term) || term.length < MIN_FUZZY_LENGTH || term.length > MAX_TYPO_LENGTH) return [];
  const edits = Math.min(2, Math.max(1, Math.floor(term.length * 0.2)));
  return index
    .closeSpellings(term, edits)
    .map(({ term: variant, id }) => ({ term: variant, id, credit: VARIANT_CREDIT }));
}

/**
 * `question` with misspelt stop and question words set right ("wheer did
 * Ethelred flee" → "where did …"): they ask nothing about the topic, but
 * say what kind of answer is wanted. Words the documents use stay as written.
 */
function correctStopWords(index: SearchIndex, question: string): string {
  let checked = 0;
  return question.replace(/\p{L}+/gu, (word) => {
    if (checked >= MAX_STOP_WORD_CHECKS || !mayBeMisspelt(word)) return word;
    checked += 1;
    const term = processTerm(word);
    if (term && index.termId(term) !== undefined) return word;
    return stopWordMisspeltAs(word) ?? word;
  });
}

/** Neighbouring words of a question that the documents write as one word ("push back" → "pushback"). */
function joinedWords(words: readonly string[], vocabulary: SurfaceVocabulary): string[] {
  const joined: string[] = [];
  for (let i = 1; i < words.length && i <= MAX_QUERY_TERMS; i += 1) {
    const pair = `${words[i - 1]}${words[i]}`.toLowerCase();
    if (pair.length <= MAX_TYPO_LENGTH && vocabulary.termOf(pair) !== undefined) joined.push(pair);
  }
  return joined;
}

/** The terms of the words (of a question) capitalized other than the first: the names it mentions. */
function namesIn(words: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const word of words.slice(1)) {
    if (!/^\p{Lu}/u.test(word)) continue;
    const term = processTerm(word);
    if (term) names.add(term);
  }
  return names;
}
