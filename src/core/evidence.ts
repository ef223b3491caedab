import type { DecisionModel } from "./fitted-model.ts";
import { probabilityOf } from "./fitted-model.ts";
import type { Query, QueryTerm } from "./query.ts";
import { matchIn } from "./query.ts";
import type { Ranked } from "./ranking.ts";
import type { SearchIndex } from "./search-index.ts";
import { isEnglishWord } from "./text/english-frequency.ts";

/** What the best passage shows of a question: the evidence for and against an answer. */
export interface Evidence {
  /** Informative question terms (not filler) the best passage holds, or a stand-in of, counted by credit. */
  matched: number;
  /** Of those, the terms it holds as written. */
  exact: number;
  /** Their share of the question's informative weight (rarity in the documents), part credit counted. */
  coverage: number;
  /** The same with terms weighted by rarity in general English. */
  englishCoverage: number;
  /** The most informative (in general English) question word the best passage holds. */
  bestMatchedInformativeness: number;
  /** Informative terms the documents never use, and the best passage holds no stand-in of (misspellings of their words aside). */
  unknown: number;
  /** Their informativeness in general English, summed: common words ("lot") weigh little. */
  unknownInformation: number;
  /** The same, of those that are English words: a misspelling ("consts") is no sign of another topic. */
  unknownEnglishInformation: number;
  /** Whether an unknown term is written as a name ("the president of France"). */
  unknownName: boolean;
  /** Whether the question asks for a time or a quantity the best passage lacks. */
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
  const evidence: Evidence = {
    matched: 0,
    exact: 0,
    coverage: 0,
    englishCoverage: 0,
    bestMatchedInformativeness: 0,
    unknown: 0,
    unknownInformation: 0,
    unknownEnglishInformation: 0,
    unknownName: false,
    missingType: best?.askedForFact === true && !best.typed,
    informative: informativeTerms.length,
    typed: best?.typed === true,
  };
  let covered = 0;
  let total = 0;
  let englishCovered = 0;
  let englishTotal = 0;
  for (const term of informativeTerms) {
    total += term.weight;
    englishTotal += term.informativeness;
    let credit = 0;
    let exact = false;
    for (const sentence of sentences) {
      const match = matchIn(term, sentence);
      if (match.credit > credit) credit = match.credit;
      if (match.kind === "exact") exact = true;
    }
    covered += credit * term.weight;
    englishCovered += credit * term.informativeness;
    evidence.matched += credit;
    if (exact) evidence.exact += 1;
    if (credit > 0) {
      evidence.bestMatchedInformativeness = Math.max(
        evidence.bestMatchedInformativeness,
        term.informativeness,
      );
    }
    if (term.id === undefined && !isCorrectedMisspelling(term)) {
      // Only a broader or narrower word stands in for it: mostly still unknown.
      const information = term.informativeness * (1 - credit);
      if (credit === 0) evidence.unknown += 1;
      evidence.unknownInformation += information;
      if (isEnglishWord(term.word)) evidence.unknownEnglishInformation += information;
      if (term.isName && credit === 0) evidence.unknownName = true;
    }
  }
  evidence.coverage = total === 0 ? 0 : covered / total;
  evidence.englishCoverage = englishTotal === 0 ? 0 : englishCovered / englishTotal;
  return evidence;
}

/**
 * Whether `term` is a misspelling ("stannd", "margaretts") of words the
 * documents use: no sign that the question is about something else, even
 * where the best passage lacks the word meant.
 */
function isCorrectedMisspelling(term: QueryTerm): boolean {
  return !isEnglishWord(term.word) && term.variants.some((variant) => variant.kind === "typo");
}

/**
 * The features the decision weighs, in the model's order: the best
 * passage's score and its margin over the next, and its evidence.
 */
export const DECISION_FEATURES = [
  "score",
  "margin",
  "coverage",
  "englishCoverage",
  "matchedShare",
  "exactShare",
  "bestMatchedInformativeness",
  "unknown",
  "unknownInformation",
  "unknownEnglishInformation",
  "unknownName",
  "missingType",
  "typed",
  "informative",
] as const;

/** The decision's features for `evidence` of a question whose two best passages scored `best` and `next`. */
export function decisionFeatures(evidence: Evidence, best: number, next: number): number[] {
  const informative = Math.max(1, evidence.informative);
  return [
    best,
    best - next,
    evidence.coverage,
    evidence.englishCoverage,
    evidence.matched / informative,
    evidence.exact / informative,
    evidence.bestMatchedInformativeness,
    evidence.unknown,
    evidence.unknownInformation,
    evidence.unknownEnglishInformation,
    evidence.unknownName ? 1 : 0,
    evidence.missingType ? 1 : 0,
    evidence.typed ? 1 : 0,
    Math.log1p(evidence.informative),
  ];
}

/** How sure the engine is that its best passage answers the question. */
export type Verdict = "answered" | "thin" | "not-covered";

/**
 * Whether the documents answer the question: the fitted model's probability
 * that the best passage answers it, against the model's two thresholds.
 * Nothing of the question in the best passage is never an answer.
 */
export function judge(
  evidence: Evidence,
  model: DecisionModel,
  best: number,
  next: number,
): { verdict: Verdict; probability: number } {
  if (evidence.matched === 0) return { verdict: "not-covered", probability: 0 };
  const probability = probabilityOf(model, decisionFeatures(evidence, best, next));
  if (probability < model.declineBelow) return { verdict: "not-covered", probability };
  return { verdict: probability < model.lowBelow ? "thin" : "answered", probability };
}
