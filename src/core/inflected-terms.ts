import type { SearchIndex } from "./search-index.ts";
import { baseFormsOf, gradedForms } from "./text/degree-forms.ts";
import { irregularVerbForms } from "./text/irregular-verbs.ts";
import { processTerm } from "./text/terms.ts";
import { isAdjective, isListed } from "./text/wordnet.ts";
import { WordMemo } from "./word-memo.ts";

/**
 * Part credit for another inflection of the same word ("sent" for "sending",
 * "busiest" for "busy"): nearly the word itself.
 */
export const INFLECTION_CREDIT = 0.85;
/** A word's inflections take a WordNet look-up or two: remembered per index. */
const remembered = new WordMemo<SearchIndex, InflectedTerm[]>();

/** An index term of another inflection of a question word. */
export interface InflectedTerm {
  term: string;
  id: number;
  credit: number;
}

/**
 * Index terms of the other inflections of `word` that a stemmer leaves apart,
 * other than its own term: the forms of an irregular verb ("sending" →
 * "sent", "flew" → "fly") and the other degrees of an adjective
 * ("busy" → "busiest", "biggest" → "big", "bigger").
 */
export function inflectedTerms(index: SearchIndex, word: string): InflectedTerm[] {
  return remembered.get(index, word, () => {
    const lower = word.toLowerCase();
    const forms = new Set([...irregularVerbForms(lower), ...degreesOf(lower)]);
    const own = processTerm(lower);
    const found = new Map<string, InflectedTerm>();
    for (const form of forms) {
      const term = processTerm(form);
      const id = term ? index.termId(term) : undefined;
      if (term && id !== undefined && term !== own) {
        found.set(term, { term, id, credit: INFLECTION_CREDIT });
      }
    }
    return [...found.values()];
  });
}

/**
 * The other degrees of `lower` when it is an adjective WordNet lists, or a
 * comparative or superlative of one. A word WordNet lists as it stands is
 * no comparative or superlative: "forest" is never read as "fore" made
 * superlative.
 */
function degreesOf(lower: string): string[] {
  if (isAdjective(lower)) return gradedForms(lower);
  if (isListed(lower)) return [];
  return baseFormsOf(lower)
    .filter((base) => isAdjective(base))
    .flatMap((base) => [base, ...gradedForms(base)]);
}
