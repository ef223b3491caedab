import type { SearchIndex } from "./search-index.ts";
import { baseFormsOf, gradedForms } from "./text/degree-forms.ts";
import { processTerm } from "./text/terms.ts";
import { isAdjective, isListed } from "./text/wordnet.ts";
import { WordMemo } from "./word-memo.ts";

/** Part credit for another degree of the same adjective ("busiest" for "busy"): nearly the word itself. */
export const DEGREE_CREDIT = 0.85;
/** A word's degree forms take a WordNet look-up or two: remembered per index. */
const remembered = new WordMemo<SearchIndex, DegreeTerm[]>();

/** An index term of another degree of a question's adjective. */
export interface DegreeTerm {
  term: string;
  id: number;
  credit: number;
}

/**
 * Index terms of the other degrees of `word` when it is an adjective (or a
 * comparative or superlative of one): "busy" finds "busiest", "biggest"
 * finds "big" and "bigger". Only adjectives WordNet lists count, and a word
 * WordNet lists as it stands is no comparative or superlative: "forest" is
 * never read as "fore" made superlative.
 */
export function degreeTerms(index: SearchIndex, word: string): DegreeTerm[] {
  return remembered.get(index, word, () => {
    const lower = word.toLowerCase();
    const forms = new Set<string>();
    if (isAdjective(lower)) for (const form of gradedForms(lower)) forms.add(form);
    else if (!isListed(lower)) {
      for (const base of baseFormsOf(lower)) {
        if (!isAdjective(base)) continue;
        forms.add(base);
        for (const form of gradedForms(base)) forms.add(form);
      }
    }
    const own = processTerm(lower);
    const found = new Map<string, DegreeTerm>();
    for (const form of forms) {
      const term = processTerm(form);
      const id = term ? index.termId(term) : undefined;
      if (term && id !== undefined && term !== own)
        found.set(term, { term, id, credit: DEGREE_CREDIT });
    }
    return [...found.values()];
  });
}
