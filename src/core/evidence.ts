import type { Query } from "./query.ts";
import { creditIn } from "./query.ts";
import type { Ranked } from "./ranking.ts";
import type { SearchIndex } from "./search-index.ts";

/** What the best passage shows of a question: the evidence for and against an answer. */
export interface Evidence {
  /** Informative question terms (not filler) the best passage holds, or a stand-in of. */
  matched: number;
  /** Their share of the question's informative weight (rarity), part credit counted. */
  coverage: number;
  /** Informative terms the documents never use, and the best passage holds no stand-in of. */
  unknown: number;
  /** Their informativeness in general English, summed: common words ("lot") weigh little. */
  unknownInformation: number;
  /** Whether an unknown term is written as a name ("the president of France"). */
  unknownName: boolean;
  /** Whether the question asks for a time or a quantity the best sentence lacks. */
  missingType: boolean;
  /** Informative terms of the question. */
  informative: number;
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
  let unknownName = false;
  for (const term of informativeTerms) {
    total += term.weight;
    const credit = Math.max(0, ...sentences.map((sentence) => creditIn(term, sentence)));
    if (credit > 0) {
      matched += 1;
      covered += credit * term.weight;
    }
    if (term.id === undefined && credit === 0) {
      unknown += 1;
      unknownInformation += term.informativeness;
      if (term.isName) unknownName = true;
    }
  }
  return {
    matched,
    coverage: total === 0 ? 0 : covered / total,
    unknown,
    unknownInformation,
    unknownName,
    missingType: best?.askedForFact === true && !best.typed,
    informative: informativeTerms.length,
  };
}

/**
 * Whether the documents answer the question at all, judged from evidence:
 * terms of the question found in the best passage against terms found
 * nowhere in the corpus. A question whose words are mostly unknown here
 * ("capital of France") is declined; one whose words are known but spread
 * out (a paraphrase) is answered. One matched word beside an unknown one is
 * a look-alike ("population of India"), not an answer, unless the passage
 * also holds the kind of thing asked for ("Who was Margaret's husband?"
 * beside "Malcolm married … Margaret") and the unknown word is not a name
 * the documents never mention ("president of France").
 */
export function isCovered(index: SearchIndex, query: Query, best: Ranked | undefined): boolean {
  if (!best) return false;
  const evidence = evidenceFor(index, query, best);
  if (evidence.matched === 0) return false;
  if (evidence.matched === 1 && evidence.unknown > 0) {
    if (!best.typed || evidence.unknownName) return false;
  }
  return evidence.unknown * 2 <= evidence.informative;
}
