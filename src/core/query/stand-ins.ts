/**
 * Stand-ins: index terms that stand in for a question word the documents
 * word otherwise. Every rule that finds them is one step of the same shape
 * (lunr's pipeline is the model): it reads one question word and yields
 * index terms of one {@link StandInKind}. `readQuery` runs the steps in
 * order; what each kind is worth is fitted (`npm run train`), not set here.
 */

import type { SearchIndex } from "../index/search-index.ts";
import type { SurfaceVocabulary } from "../index/surface-vocabulary.ts";
import { derivedTerms } from "./derived-terms.ts";
import { inflectedTerms } from "./inflected-terms.ts";
import type { RelatedTerm } from "./related-terms.ts";
import { relatedTerms } from "./related-terms.ts";
import { MAX_TYPO_LENGTH, mayBeMisspelt, typoCorrections } from "./spelling.ts";

/** Where a stand-in comes from; each kind's credit and ranking weight are fitted. */
export const STAND_IN_KINDS = [
  "spelling",
  "typo",
  "synonym",
  "relative",
  "derived",
  "inflected",
  "phrasal",
] as const;
export type StandInKind = (typeof STAND_IN_KINDS)[number];

/** An index term standing in for a question word. */
export interface StandIn {
  term: string;
  id: number;
  kind: StandInKind;
  /** Share of a full match a sentence holding it earns: the fitted credit of its kind. */
  credit: number;
  /** For a two-word stand-in, the id of the word pair a sentence must hold. */
  pair?: number;
}

/** What a step finds: an index term (or pair), before its kind's credit is given. */
export interface FoundTerm {
  term: string;
  id: number;
  pair?: number;
}

/** One question word as the stand-in steps read it. */
export interface WordContext {
  index: SearchIndex;
  vocabulary: SurfaceVocabulary;
  /** The word as the question writes it. */
  word: string;
  /** Its index term. */
  term: string;
  /** Its index id, or undefined when the documents never use it. */
  id: number | undefined;
  /** Chat filler ("stuff", "lol"): never stood in for. */
  isFiller: boolean;
  /** Look-ups made so far in this question, per kind: each step bounds its own. */
  spent: Map<StandInKind, number>;
}

/** One rule finding stand-ins: same shape for every rule. */
export interface StandInStep {
  kind: StandInKind;
  /** At most this many words of one question are looked up by this step, so cost stays bounded. */
  maxLookups: number;
  /** Whether the step applies to the word, given the stand-ins found before it. */
  applies(context: WordContext, found: readonly StandIn[]): boolean;
  find(context: WordContext): FoundTerm[];
}

/** Terms shorter than this are matched exactly: fuzzy matching short known words finds other words. */
const MIN_FUZZY_LENGTH = 7;
/** Share of a term's letters a close spelling may differ by (measured on squad-dev; MiniSearch's own fuzzy unit). */
const FUZZY_EDITS_PER_LETTER = 0.2;
/** A close spelling is never more than this many edits away. */
const MAX_FUZZY_EDITS = 2;
/** Unbounded: the step costs one radix-tree walk per word. */
const EVERY_WORD = Number.POSITIVE_INFINITY;

/**
 * Close spellings of long terms the documents use ("militari" beside
 * "militar"), within {@link FUZZY_EDITS_PER_LETTER} edits a letter.
 */
export const closeSpellings: StandInStep = {
  kind: "spelling",
  maxLookups: EVERY_WORD,
  applies: ({ id, term }) =>
    id !== undefined &&
    !/\d/.test(term) &&
    term.length >= MIN_FUZZY_LENGTH &&
    term.length <= MAX_TYPO_LENGTH,
  find: ({ index, term }) => {
    const edits = Math.min(
      MAX_FUZZY_EDITS,
      Math.max(1, Math.floor(term.length * FUZZY_EDITS_PER_LETTER)),
    );
    return index.closeSpellings(term, edits);
  },
};

/** Corrections of a misspelt word the documents lack ("alepo" → "aleppo"). */
export const typos: StandInStep = {
  kind: "typo",
  maxLookups: 8,
  applies: ({ id, isFiller, word }) => id === undefined && !isFiller && mayBeMisspelt(word),
  find: ({ index, vocabulary, word }) => typoCorrections(index, vocabulary, word),
};

/** Whether the word's relatives are looked for: a word the documents lack, not corrected as a typo. */
const wantsRelatives = ({ id, isFiller }: WordContext, found: readonly StandIn[]) =>
  id === undefined && !isFiller && !found.some(({ kind }) => kind === "typo");

/** WordNet synonyms of an English word the documents lack ("weapons" → "arms"). */
export const synonyms: StandInStep = {
  kind: "synonym",
  maxLookups: 6,
  applies: wantsRelatives,
  find: ({ index, word }) => relativesOf(index, word, (relation) => relation === "synonym"),
};

/** WordNet's broader, narrower and part-of words of an English word the documents lack. */
export const relatives: StandInStep = {
  kind: "relative",
  maxLookups: 6,
  applies: wantsRelatives,
  find: ({ index, word }) => relativesOf(index, word, (relation) => relation !== "synonym"),
};

/** The related terms of `word` whose relation `keep` accepts. */
function relativesOf(
  index: SearchIndex,
  word: string,
  keep: (relation: RelatedTerm["relation"]) => boolean,
): FoundTerm[] {
  return relatedTerms(index, word)
    .filter(({ relation }) => keep(relation))
    .map(({ term, id, pair }) => ({ term, id, ...(pair === undefined ? {} : { pair }) }));
}

/** Words WordNet derives from the word or it from them ("invade" → "invasion"). */
export const derivations: StandInStep = {
  kind: "derived",
  maxLookups: 8,
  applies: ({ id, isFiller }) => id === undefined && !isFiller,
  find: ({ index, word }) => derivedTerms(index, word),
};

/**
 * Other inflections a stemmer leaves apart ("sent" for "sending", "busiest"
 * for "busy"), unless the documents write the word as asked ("business"
 * shares the stem of "busy", not its sense).
 */
export const inflections: StandInStep = {
  kind: "inflected",
  maxLookups: EVERY_WORD,
  applies: ({ isFiller, vocabulary, word }) =>
    !isFiller && vocabulary.termOf(word.toLowerCase()) === undefined,
  find: ({ index, word }) => inflectedTerms(index, word),
};

/** The word-level steps, in the order they run. */
export const WORD_STEPS: readonly StandInStep[] = [
  closeSpellings,
  typos,
  synonyms,
  relatives,
  derivations,
  inflections,
];

/**
 * Runs `steps` over one question word: the stand-ins found, each term once
 * at the best credit any step gave it, credited by `credits`.
 */
export function standInsFor(
  context: WordContext,
  credits: Readonly<Record<StandInKind, number>>,
  steps: readonly StandInStep[] = WORD_STEPS,
): StandIn[] {
  const found: StandIn[] = [];
  for (const step of steps) {
    if (!step.applies(context, found)) continue;
    const spent = context.spent.get(step.kind) ?? 0;
    if (spent >= step.maxLookups) continue;
    context.spent.set(step.kind, spent + 1);
    const terms = step.find(context);
    addStandIns(
      found,
      terms.map((term) => withCredit(term, step.kind, credits)),
    );
  }
  return found;
}

/** `found` as a stand-in of `kind`, at that kind's credit. */
export function withCredit(
  found: FoundTerm,
  kind: StandInKind,
  credits: Readonly<Record<StandInKind, number>>,
): StandIn {
  const standIn: StandIn = { term: found.term, id: found.id, kind, credit: credits[kind] };
  if (found.pair !== undefined) standIn.pair = found.pair;
  return standIn;
}

/** Adds `more` to `found` unless a stand-in already holds the same term (or pair) at no less credit. */
export function addStandIns(found: StandIn[], more: readonly StandIn[]): void {
  for (const standIn of more) {
    const same = found.findIndex((other) => other.id === standIn.id && other.pair === standIn.pair);
    if (same === -1) found.push(standIn);
    else if ((found[same] as StandIn).credit < standIn.credit) found[same] = standIn;
  }
}
