/**
 * The candidates ranking re-ranks: MiniSearch's BM25 first cut, with the
 * cost of common terms bounded in a large corpus.
 */
import type { SearchIndex } from "../index/search-index.ts";
import { holds } from "../index/search-index.ts";
import type { QueryTerm } from "../query/read-query.ts";

/** Candidates re-ranked after MiniSearch's first cut. */
export const CANDIDATES = 60;
/** In a large corpus, terms in more than this share of passages do not pick candidates. */
const COMMON_SHARE = 0.02;
/** …and only when they are in more passages than this, so small corpora are never pruned. */
const MIN_COMMON_PASSAGES = 1000;
/**
 * Passages scanned at most for a question of common terms only: MiniSearch
 * would score every passage holding them (tens of thousands in a large
 * corpus), for candidates no better than the first ones found.
 */
const MAX_SCANNED_PASSAGES = 20_000;

/**
 * The passages `terms` pick as candidates, best first, at most
 * {@link CANDIDATES}: MiniSearch's BM25 over the terms and their stand-ins
 * (see {@link retrievalTerms}), or, for a question of common terms only,
 * the first passages holding any of them.
 */
export function candidatesFor(
  index: SearchIndex,
  terms: QueryTerm[],
): { id: number; score: number }[] {
  const boosts = retrievalTerms(index, terms);
  if (boosts.size > 0) {
    const results = index.search.search([...boosts.keys()].join(" "), {
      boostTerm: (term: string) => boosts.get(term) ?? 1,
    });
    return results.slice(0, CANDIDATES).map(({ id, score }) => ({ id: id as number, score }));
  }
  // Only common terms: any passage holding them is as good a start as another.
  return passagesHoldingAny(index, commonTermIds(terms), CANDIDATES);
}

/**
 * The terms MiniSearch retrieves candidates with. In a large corpus, terms
 * in more than {@link COMMON_SHARE} of passages are left out: their postings
 * are long and they rarely decide the answer; re-ranking still counts them.
 * A question of common terms only is left to {@link passagesHoldingAny}.
 */
function retrievalTerms(index: SearchIndex, terms: QueryTerm[]): Map<string, number> {
  const boosts = new Map<string, number>();
  const limit = Math.max(MIN_COMMON_PASSAGES, index.passageCount * COMMON_SHARE);
  const add = (term: string, id: number | undefined, boost: number) => {
    if (id === undefined || boosts.has(term) || index.passagesWith(id) > limit) return;
    boosts.set(term, boost);
  };
  for (const { term, id, variants } of terms) {
    add(term, id, 1);
    for (const variant of variants) add(variant.term, variant.id, variant.credit);
  }
  return boosts;
}

/** Ids of the question's terms the documents hold: all common, when nothing rarer picks candidates. */
function commonTermIds(terms: readonly QueryTerm[]): number[] {
  return terms.flatMap(({ id }) => (id === undefined ? [] : [id]));
}

/**
 * The first `limit` passages holding any of `ids`, in the documents' order,
 * each scored 1. Terms this common are held by at least one passage in
 * fifty, so the scan stops early; {@link MAX_SCANNED_PASSAGES} bounds it
 * whatever the corpus.
 */
function passagesHoldingAny(
  index: SearchIndex,
  ids: readonly number[],
  limit: number,
): { id: number; score: number }[] {
  const found: { id: number; score: number }[] = [];
  if (ids.length === 0) return found;
  const scanned = Math.min(index.passageCount, MAX_SCANNED_PASSAGES);
  for (let id = 0; id < scanned && found.length < limit; id += 1) {
    const held = index
      .sentences(id)
      .some((sentence) => ids.some((term) => holds(sentence.terms, term)));
    if (held) found.push({ id, score: 1 });
  }
  return found;
}
