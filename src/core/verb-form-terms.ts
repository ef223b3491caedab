import type { SearchIndex } from "./search-index.ts";
import { irregularVerbForms } from "./text/irregular-verbs.ts";
import { processTerm } from "./text/terms.ts";
import { WordMemo } from "./word-memo.ts";

/** Part credit for another form of the same irregular verb ("sent" for "sending"): nearly the word itself. */
export const VERB_FORM_CREDIT = 0.85;
/** A word's verb forms, remembered per index. */
const remembered = new WordMemo<SearchIndex, VerbFormTerm[]>();

/** An index term of another form of a question's irregular verb. */
export interface VerbFormTerm {
  term: string;
  id: number;
  credit: number;
}

/**
 * Index terms of the other forms of the irregular verb `word` is a form of,
 * other than its own term: "sending" finds "sent", "flew" finds "fly".
 */
export function verbFormTerms(index: SearchIndex, word: string): VerbFormTerm[] {
  return remembered.get(index, word, () => {
    const own = processTerm(word);
    const found = new Map<string, VerbFormTerm>();
    for (const form of irregularVerbForms(word)) {
      const term = processTerm(form);
      const id = term ? index.termId(term) : undefined;
      if (term && id !== undefined && term !== own) {
        found.set(term, { term, id, credit: VERB_FORM_CREDIT });
      }
    }
    return [...found.values()];
  });
}
