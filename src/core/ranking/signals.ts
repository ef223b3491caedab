/**
 * The signals ranking weighs, and how each is read from a candidate's
 * sentences, its paragraph and the other candidates.
 */
import type { SearchIndex } from "../index/search-index.ts";
import type { Passage } from "../passages/passages.ts";
import type { QueryTerm } from "../query/read-query.ts";
import { STAND_IN_KINDS } from "../query/stand-ins.ts";
import type { TermMatch } from "../query/term-match.ts";
import { matchIn } from "../query/term-match.ts";

/**
 * The re-ranking's signals, each from 0 to 1, in the order of the fitted
 * weights (`npm run train` fits them; see docs/fitting.md):
 * - `bm25`: MiniSearch's BM25, as a share of the best candidate's;
 * - `coverage`: how much of the question (terms weighted by rarity in the
 *   documents) the passage holds, stand-ins at their credit;
 * - `sentence`: the same, of its best sentence;
 * - `answerType`: whether it holds the kind of answer asked for;
 * - `phrase`: the question's neighbouring term pairs it holds;
 * - `documentShare`: its document's share of the best candidates' BM25;
 * - `englishCoverage`: coverage with terms weighted by rarity in general
 *   English, so that a rare name outweighs a common word the documents
 *   happen to use rarely ("deal" beside "Aleppo");
 * - `bm25Rank`: 1 / (1 + its place in BM25's order);
 * - `paragraph`: coverage of the whole paragraph the passage stands in, as
 *   the answer often stands a sentence beyond the one that matches;
 * - `englishSentence`: the best sentence's coverage in general English's terms;
 * - `wholeSentence`: whether one sentence holds every term of the question;
 * - `via:KIND`: the share of the question's weight held only through a
 *   stand-in of that kind, so each kind's worth is fitted.
 */
export const RANKING_FEATURES = [
  "bm25",
  "coverage",
  "sentence",
  "answerType",
  "phrase",
  "documentShare",
  "englishCoverage",
  "bm25Rank",
  "paragraph",
  "englishSentence",
  "wholeSentence",
  ...STAND_IN_KINDS.map((kind) => `via:${kind}` as const),
] as const;
export type RankingFeature = (typeof RANKING_FEATURES)[number];

/**
 * What bounds a score: the sum of the positive weights. Credit corrections
 * (`via:KIND`) may weigh below zero, so their weights do not count.
 */
export function weightScale(weights: readonly number[]): number {
  return weights.reduce((sum, weight) => sum + Math.max(0, weight), 0) || 1;
}

/**
 * A candidate's score from its signals (read from `features` at `offset`,
 * in the order of {@link RANKING_FEATURES}): their weighted sum, never
 * below 0, over `scale` (see {@link weightScale}), so it runs from 0 to 1.
 */
export function scoreOf(
  features: ArrayLike<number>,
  weights: readonly number[],
  scale: number,
  offset = 0,
): number {
  let sum = 0;
  for (let j = 0; j < weights.length; j += 1) {
    sum += (features[offset + j] ?? 0) * (weights[j] as number);
  }
  return Math.max(0, sum) / scale;
}

/** How many of the best candidates tell which document the question is about. */
const TOPIC_CANDIDATES = 10;
/** A sentence covering at least this much holds the whole question (rounding aside). */
export const WHOLE = 1 - 1e-9;

/**
 * How much of the question (terms weighted as `totalWeight` sums them) the
 * paragraph of `passage` holds, over all its sentences: the passages of a
 * paragraph are consecutive, so it is read from the neighbouring ones.
 */
export function paragraphCoverage(
  index: SearchIndex,
  passages: readonly Passage[],
  passage: Passage,
  terms: readonly QueryTerm[],
  totalWeight: number,
): number {
  const same = (other: Passage | undefined) =>
    other !== undefined &&
    other.documentId === passage.documentId &&
    other.paragraph === passage.paragraph;
  let first = passage.id;
  while (same(passages[first - 1])) first -= 1;
  let last = passage.id;
  while (same(passages[last + 1])) last += 1;
  const credits = terms.map(() => 0);
  for (let id = first; id <= last; id += 1) {
    for (const sentence of index.sentences(id)) {
      terms.forEach((term, position) => {
        const credit = matchIn(term, sentence).credit;
        if (credit > (credits[position] as number)) credits[position] = credit;
      });
    }
  }
  return (
    terms.reduce((sum, term, position) => sum + term.weight * (credits[position] as number), 0) /
    totalWeight
  );
}

/** The best of the `matches` (per sentence, per term) for term `position`. */
export function bestMatch(
  matches: readonly TermMatch[][],
  position: number,
): TermMatch | undefined {
  let best: TermMatch | undefined;
  for (const sentence of matches) {
    const match = sentence[position];
    if (match && (!best || match.credit > best.credit)) best = match;
  }
  return best;
}

/** 1 when one of the question's terms names a speaker the passage quotes, else 0. */
export function speakerMatch(
  quoted: ReadonlySet<string> | undefined,
  terms: readonly QueryTerm[],
): number {
  if (!quoted) return 0;
  return terms.some(
    ({ term, variants }) => quoted.has(term) || variants.some((v) => quoted.has(v.term)),
  )
    ? 1
    : 0;
}

/**
 * Each document's share of the summed BM25 of the {@link TOPIC_CANDIDATES}
 * best candidates. Among several documents, the one most of the best
 * candidates come from is likelier to hold the answer than a stray match
 * elsewhere; with one document, every passage gets the same share.
 */
export function documentShares(
  ranked: readonly { passage: Passage; score: number }[],
): Map<string, number> {
  const best = [...ranked].sort((a, b) => b.score - a.score).slice(0, TOPIC_CANDIDATES);
  const total = best.reduce((sum, { score }) => sum + score, 0);
  const shares = new Map<string, number>();
  for (const { passage, score } of best) {
    shares.set(passage.documentId, (shares.get(passage.documentId) ?? 0) + score / (total || 1));
  }
  return shares;
}
