import type { SearchIndex } from "./search-index.ts";
import type { StandInTerm } from "./stand-in-terms.ts";
import { standInTerms } from "./stand-in-terms.ts";
import { baseFormsOf, gradedForms } from "./text/degree-forms.ts";
import { irregularVerbForms } from "./text/irregular-verbs.ts";
import { processTerm } from "./text/terms.ts";
import { isAdjective, isListed } from "./text/wordnet.ts";
import { WordMemo } from "./word-memo.ts";

/** A word's inflections take a WordNet look-up or two: remembered per index. */
const remembered = new WordMemo<SearchIndex, StandInTerm[]>();

/**
 * Index terms of the other inflections of `word` that a stemmer leaves apart,
 * other than its own term: the forms of an irregular verb ("sending" →
 * "sent", "flew" → "fly") and the other degrees of an adjective
 * ("busy" → "busiest", "biggest" → "big", "bigger").
 */
export function inflectedTerms(index: SearchIndex, word: string): StandInTerm[] {
  // Each look-up reads the word in lower case itself.
  return remembered.get(index, word, () => {
    const forms = [...irregularVerbForms(word), ...degreesOf(word)];
    return standInTerms(index, forms, processTerm(word));
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
