import type { Query, QueryTerm } from "./query.ts";
import { creditIn } from "./query.ts";
import type { Ranked } from "./ranking.ts";
import type { SearchIndex } from "./search-index.ts";
import { isEnglishWord } from "./text/english-frequency.ts";

/**
 * Credit from which a term counts as found: the word itself, a spelling of
 * it or a synonym. A broader or narrower word ("Europe" for "EU") hints,
 * but does not show, that the passage speaks of the same thing.
 */
const CLOSE_MATCH_CREDIT = 0.6;

/** What the best passage shows of a question: the evidence for and against an answer. */
export interface Evidence {
  /** Informative question terms (not filler) the best passage holds, or a close stand-in of. */
  matched: number;
  /** Their share of the question's informative weight (rarity), part credit counted. */
  coverage: number;
  /** Informative terms the documents never use, and the best passage holds no stand-in of (misspellings of their words aside). */
  unknown: number;
  /** Their informativeness in general English, summed: common words ("lot") weigh little. */
  unknownInformation: number;
  /** The same, of those that are English words: a misspelling ("consts") is no sign of another topic. */
  unknownEnglishInformation: number;
  /** Whether an unknown term is written as a name ("the president of France"). */
  unknownName: boolean;
  /** Whether the question asks for a time or a quantity the best sentence lacks. */
  missingType: boolean;
  /** Informative terms of the question. */
  informative: number;
  /** Whether the best passage holds the kind of thing asked for (a time, a quantity, a name, a place). */
  typed: boolean;
}

/** Gathers the {@link Evidence} `best` (the best-ranked passage) gives for `query`. */
export function evidenceFor(index: SearchIndex, query: Query, best: Ranked | undefined): Evidence {
  const informativeTerms = query.terms.filter((term) => !term.isFiller);
  const sentences = best ? index.sentences(best.passage.id) : [];
  let matched = 0;
  let covered = 0;
  let total = 0;
  let unknown = 0;
  let unknownInformation = 0;
  let unknownEnglishInformation = 0;
  let unknownName = false;
  for (const term of informativeTerms) {
    total += term.weight;
    const credit = Math.max(0, ...sentences.map((sentence) => creditIn(term, sentence)));
    covered += credit * term.weight;
    if (credit >= CLOSE_MATCH_CREDIT) matched += 1;
    else if (term.id === undefined && !isCorrectedMisspelling(term)) {
      // Only a broader or narrower word stands in for it: mostly still unknown.
      const information = term.informativeness * (1 - credit);
      unknown += 1;
      unknownInformation += information;
      if (isEnglishWord(term.word)) unknownEnglishInformation += information;
      if (term.isName) unknownName = true;
    }
  }
  return {
    matched,
    coverage: total === 0 ? 0 : covered / total,
    unknown,
    unknownInformation,
    unknownEnglishInformation,
    unknownName,
    missingType: best?.askedForFact === true && !best.typed,
    informative: informativeTerms.length,
    typed: best?.typed === true,
  };
}

/**
 * Whether `term` is a misspelling ("stannd", "margaretts") of words the
 * documents use: no sign that the question is about something else, even
 * where the best passage lacks the word meant.
 */
function isCorrectedMisspelling(term: QueryTerm): boolean {
  return (
    !isEnglishWord(term.word) &&
    term.variants.some((variant) => variant.credit >= CLOSE_MATCH_CREDIT)
  );
}

/** How sure the engine is that its best passage answers the question. */
export type Verdict = "answered" | "thin" | "not-covered";

/**
 * Unknown words' summed informativeness above which one matched word is a
 * look-alike: "how do I center a div" (div: rare) against "who bought the
 * rights" (bought: common).
 */
const LOOK_ALIKE_INFORMATION = 0.8;
/** With two matched words, a missing time or quantity declines unless they cover this much. */
const PAIR_COVERAGE = 0.75;
/** With three or more matched words, a missing time or quantity declines beside this much unknown English information. */
const MANY_UNKNOWN_INFORMATION = 0.5;
/** Below this coverage, an answer is given but marked as possibly not answering. */
const THIN_COVERAGE = 0.25;

/**
 * Whether the documents answer the question, weighing the evidence of the
 * best passage. Words the documents never use count by how informative they
 * are in general English, chat filler not at all; the kind of fact asked
 * for (a time, a quantity) counts when the passage lacks it.
 * - No informative word of the question in the best passage: not covered.
 * - One: a look-alike ("population of India", "how old is Khamenei") unless
 *   every other word is one the documents use, or the passage holds the
 *   kind of thing asked for, the unknown words are ordinary ones and none
 *   is a name ("Who was Margaret's husband?" beside "Malcolm married …
 *   Margaret"); answered as thin.
 * - Two: declined when a time or quantity is asked for and missing, beside
 *   an unknown word or a partial match ("when did Lavrov become foreign
 *   minister").
 * - Three or more: declined only when the asked-for fact is missing and
 *   an informative English word of the question is unknown to the documents
 *   ("how many Russian jets flew out of Iran": no number of jets, and
 *   "flew"); a misspelling no correction matched says nothing of the topic.
 * An answer whose passage covers little of the question is "thin": shown as
 * the closest passage, which may not answer.
 */
export function judge(evidence: Evidence): Verdict {
  const { matched, unknown, unknownInformation, unknownName, missingType, coverage } = evidence;
  if (matched === 0) return "not-covered";
  if (matched === 1) {
    if (unknown === 0) return coverage < THIN_COVERAGE ? "thin" : "answered";
    const lookAlike =
      !evidence.typed || unknownName || missingType || unknownInformation >= LOOK_ALIKE_INFORMATION;
    return lookAlike ? "not-covered" : "thin";
  }
  if (matched === 2 && missingType && (unknown > 0 || coverage < PAIR_COVERAGE)) {
    return "not-covered";
  }
  if (
    matched >= 3 &&
    missingType &&
    evidence.unknownEnglishInformation >= MANY_UNKNOWN_INFORMATION
  ) {
    return "not-covered";
  }
  return coverage < THIN_COVERAGE ? "thin" : "answered";
}
