/**
 * query/: reading a question. Takes the question, the index, the reading
 * rules and each stand-in kind's credit; gives a `Query`: its distinct terms
 * weighted by rarity, each with its stand-ins (`stand-ins.ts` runs the steps
 * that find them), its neighbouring term pairs, and whether it asks what
 * someone said.
 */
import { informativeness } from "../english/english-frequency.ts";
import { FITTED } from "../evidence/fitted-parameters.ts";
import type { SearchIndex } from "../index/search-index.ts";
import { pairId } from "../index/search-index.ts";
import type { SurfaceVocabulary } from "../index/surface-vocabulary.ts";
import { processTerm, tokenize } from "../index/terms.ts";
import { asksWhatWasSaid, isSpeechVerb } from "../speech/speakers.ts";
import type { AdminSynonyms } from "./admin-synonyms.ts";
import { applyAdminSynonyms, NO_SYNONYMS } from "./admin-synonyms.ts";
import { CHAT_FILLER, expandShorthand } from "./chat-shorthand.ts";
import { addPhrasalVerbSynonyms } from "./phrasal-verbs.ts";
import type { StandIn, StandInKind } from "./stand-ins.ts";
import { STAND_IN_KINDS, standInsFor, WORD_STEPS } from "./stand-ins.ts";

/** At most this many distinct terms of a question count, so cost stays bounded. */
export const MAX_QUERY_TERMS = 32;
/** Chat filler still ranks (lightly), but says nothing about what is asked. */
const FILLER_WEIGHT = 0.25;

/** A stand-in for a question term: a close spelling, a correction or a related word. */
export type TermVariant = StandIn;

/**
 * The rules of question reading that can be switched off, each on by
 * default: `npm run train -- --ablate` measures what each one earns.
 */
export interface ReadingRules {
  /** Chat shorthand spelled out ("whats", "u", "bc", "80s"). */
  shorthand: boolean;
  /** Stand-in kinds to find; a kind left out is not looked for. */
  standIns: ReadonlySet<StandInKind>;
}

/** Every rule on. */
export const ALL_RULES: ReadingRules = {
  shorthand: true,
  standIns: new Set<StandInKind>(STAND_IN_KINDS),
};

/** How a question is read: which rules run and what each kind of stand-in is worth. */
export interface ReadingOptions {
  /** Default: {@link ALL_RULES}. */
  rules?: ReadingRules;
  /** Each stand-in kind's credit. Default: the fitted credits. */
  credits?: Readonly<Record<StandInKind, number>>;
  /** An admin's synonyms, standing in for the words they map at full credit. Default: none. */
  synonyms?: AdminSynonyms;
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
 * case, so that all of it is not taken for acronyms. An admin's synonyms
 * (`options.synonyms`) stand in for the words they map, at full credit.
 */
export function readQuery(
  index: SearchIndex,
  vocabulary: SurfaceVocabulary,
  question: string,
  options: ReadingOptions = {},
): Query {
  const rules = options.rules ?? ALL_RULES;
  const credits = options.credits ?? FITTED.credits;
  const expanded = rules.shorthand ? expandShorthand(question) : question;
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
  const steps = WORD_STEPS.filter((step) => rules.standIns.has(step.kind));
  const spent = new Map<StandInKind, number>();
  const terms = [...wordOf].slice(0, MAX_QUERY_TERMS).map(([term, word]): QueryTerm => {
    const id = index.termId(term);
    const isFiller = CHAT_FILLER.has(word.toLowerCase());
    const context = { index, vocabulary, word, term, id, isFiller, spent };
    const variants = standInsFor(context, credits, steps);
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
  if (rules.standIns.has("phrasal")) {
    // The question's first MAX_QUERY_TERMS pairs of words, as for its term pairs.
    const paired = words.slice(0, MAX_QUERY_TERMS + 1);
    addPhrasalVerbSynonyms(index, paired, terms, credits);
  }
  applyAdminSynonyms(index, sequence, terms, options.synonyms ?? NO_SYNONYMS);
  return { text: expanded, terms, pairs: queryPairs(index, sequence), asksSpeech };
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
