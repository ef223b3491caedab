import type { SentenceTerms } from "../index/search-index.ts";
import { holds } from "../index/search-index.ts";
import type { QueryTerm } from "./read-query.ts";
import type { StandInKind } from "./stand-ins.ts";

/** How a sentence holds a question term: the term itself, a stand-in of some kind, or not at all. */
export interface TermMatch {
  credit: number;
  kind: StandInKind | "exact" | null;
}

const NO_MATCH: TermMatch = { credit: 0, kind: null };
const EXACT_MATCH: TermMatch = { credit: 1, kind: "exact" };

/** How `sentence` holds `term`: fully, through its best-credited stand-in, or not. */
export function matchIn(term: QueryTerm, sentence: SentenceTerms): TermMatch {
  const { id, variants } = term;
  if (id !== undefined && holds(sentence.terms, id)) return EXACT_MATCH;
  let best = NO_MATCH;
  for (const variant of variants) {
    if (variant.credit <= best.credit) continue;
    const held =
      variant.pair === undefined
        ? holds(sentence.terms, variant.id)
        : holds(sentence.pairs, variant.pair);
    if (held) best = { credit: variant.credit, kind: variant.kind };
  }
  return best;
}

/** 1 when `sentence` holds the term, part credit for its best stand-in, else 0. */
export function creditIn(term: QueryTerm, sentence: SentenceTerms): number {
  return matchIn(term, sentence).credit;
}
