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
    // Each look-up reads the word in lower case itself.
    const forms = new Set([...irregularVerbForms(word), ...degreesOf(word)]);
    const own = processTerm(word);
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
 * The other degrees of `word` when it is an adjective WordNet lists, or a
 * comparative or superlative of one. A word WordNet lists as it stands is
 * no comparative or superlative: "forest" is never read as "fore" made
 * superlative.
 */
function degreesOf(word: string): string[] {
  if (isAdjective(word)) return gradedForms(word);
  if (isListed(word)) return [];
  return baseFormsOf(word)
    .filter((base) => isAdjective(base))
    .flatMap((base) => [base, ...gradedForms(base)]);
}
