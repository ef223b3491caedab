import { FITTED } from "./fitted-parameters.ts";
import type { Passage } from "./passages.ts";
import type { Query, QueryTerm, TermMatch } from "./query.ts";
import { matchIn } from "./query.ts";
import type { SearchIndex } from "./search-index.ts";
import { holds } from "./search-index.ts";
import { STAND_IN_KINDS } from "./stand-ins.ts";
import { answerTypeOf, holdsAnswerType } from "./text/answer-type.ts";

/** Candidates re-ranked after MiniSearch's first cut. */
export const CANDIDATES = 60;
/**
 * The re-ranking's signals, each from 0 to 1, in the order of the fitted
 * weights (`npm run train` fits them; see docs/fitting.md):
 * - `bm25`: MiniSearch's BM25, as a share of the best candidate's;
 * - `coverage`: how much of the question (terms weighted by rarity in the
 *   documents) the passage holds, stand-ins at their credit;
 * - `sentence`: the same, of its best sentence;
 * - `answerType`: whether it holds the kind of answer asked for;
 * - `phrase`: the question's neighbouring term pairs it holds;
 * - `speaker`: whether it quotes the speaker a "what did X say" asks about;
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
  "speaker",
  "documentShare",
  "englishCoverage",
  "bm25Rank",
  "paragraph",
  "englishSentence",
  "wholeSentence",
  ...STAND_IN_KINDS.map((kind) => `via:${kind}` as const),
] as const;
export type RankingFeature = (typeof RANKING_FEATURES)[number];

/** How many of the best candidates tell which document the question is about. */
const TOPIC_CANDIDATES = 10;
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

/** A candidate passage with its score. */
export interface Ranked {
  passage: Passage;
  /** Relevance from 0 to 1. */
  score: number;
  /** Index in `passage.sentences` of the sentence that covers most of the question. */
  bestSentence: number;
  /** Id of the last passage joined into this one, or its own id. */
  throughId: number;
  /** Whether the best sentence holds the kind of answer asked for (a time, a quantity, a name, a place). */
  typed: boolean;
  /** Whether the question asks for a time or a quantity: a fact its answer must hold. */
  askedForFact: boolean;
  /** The signals the score weighs, in the order of {@link RANKING_FEATURES}. */
  features?: number[];
}

/** Weights of {@link RANKING_FEATURES}, non-negative; the fitted ones unless given. */
export type RankingWeights = readonly number[];

/**
 * The passages that answer `query` best, best first: MiniSearch's BM25
 * picks {@link CANDIDATES}, re-ranked on how much of the question each
 * passage and its best sentence cover (terms weighted by rarity), whether
 * that sentence holds the kind of answer asked for, shared phrases, and how
 * much of the best candidates' score its document holds. When the question
 * asks what someone said, passages quoting that speaker (`speakers`: terms
 * of the speakers each passage quotes) come first.
 */
export function rankPassages(
  index: SearchIndex,
  passages: readonly Passage[],
  query: Query,
  speakers: ReadonlyMap<number, ReadonlySet<string>> = new Map(),
  weights: RankingWeights = FITTED.ranking.weights,
): Ranked[] {
  const { terms, pairs, text: question } = query;
  // Read once per question: every candidate's best sentence is checked against it.
  const askedFor = answerTypeOf(question);
  const askedForFact = askedFor?.type === "time" || askedFor?.type === "quantity";
  const asksSpeech = speakers.size > 0 && query.asksSpeech;
  const boosts = retrievalTerms(index, terms);
  let candidates: { id: number; score: number }[];
  if (boosts.size > 0) {
    const results = index.search.search([...boosts.keys()].join(" "), {
      boostTerm: (term: string) => boosts.get(term) ?? 1,
    });
    candidates = results.slice(0, CANDIDATES).map(({ id, score }) => ({ id: id as number, score }));
  } else {
    // Only common terms: any passage holding them is as good a start as another.
    candidates = passagesHoldingAny(index, commonTermIds(terms), CANDIDATES);
  }
  if (candidates.length === 0) return [];
  const topScore = candidates[0]?.score ?? 1;
  const shares = documentShares(
    candidates.map(({ id, score }) => ({ passage: passages[id] as Passage, score })),
  );
  const totalWeight = terms.reduce((sum, { weight }) => sum + weight, 0);
  const informative = terms.filter((term) => !term.isFiller);
  const totalInformation = informative.reduce((sum, term) => sum + term.informativeness, 0);
  const pairWeight = pairs.reduce((sum, { weight }) => sum + weight, 0);
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0) || 1;
  const paragraphs = new Map<string, number>();
  const ranked = candidates.map((result, place): Ranked => {
    const passage = passages[result.id] as Passage;
    const sentences = index.sentences(passage.id);
    // How each sentence holds each term; the passage holds a term as well as its best sentence does.
    const matches = sentences.map((sentence) => terms.map((term) => matchIn(term, sentence)));
    const held = terms.map((_, position) => bestMatch(matches, position));
    const weighted = (credit: (term: number) => number) =>
      terms.reduce((sum, term, position) => sum + term.weight * credit(position), 0) / totalWeight;
    const coverage = weighted((term) => held[term]?.credit ?? 0);
    let bestSentence = 0;
    let bestSentenceCoverage = -1;
    matches.forEach((match, position) => {
      const sentenceCoverage = weighted((term) => match[term]?.credit ?? 0);
      if (sentenceCoverage > bestSentenceCoverage) {
        bestSentenceCoverage = sentenceCoverage;
        bestSentence = position;
      }
    });
    // The answer often stands beside the sentence that matches: the whole passage is checked.
    const typed = askedFor !== null && holdsAnswerType(passage.text, askedFor);
    const phrase =
      pairWeight === 0
        ? 0
        : pairs.reduce(
            (sum, { id, weight }) => sum + (sentences.some((s) => holds(s.pairs, id)) ? weight : 0),
            0,
          ) / pairWeight;
    const englishCoverage =
      totalInformation === 0
        ? 0
        : informative.reduce(
            (sum, term) => sum + term.informativeness * (held[terms.indexOf(term)]?.credit ?? 0),
            0,
          ) / totalInformation;
    let englishSentence = 0;
    if (totalInformation > 0) {
      const best = matches[bestSentence] ?? [];
      englishSentence =
        informative.reduce(
          (sum, term) => sum + term.informativeness * (best[terms.indexOf(term)]?.credit ?? 0),
          0,
        ) / totalInformation;
    }
    const paragraphKey = `${passage.documentId}\u0000${passage.paragraph}`;
    let paragraph = paragraphs.get(paragraphKey);
    if (paragraph === undefined) {
      paragraph = paragraphCoverage(index, passages, passage, terms, totalWeight);
      paragraphs.set(paragraphKey, paragraph);
    }
    const features = [
      result.score / topScore,
      coverage,
      bestSentenceCoverage,
      typed ? 1 : 0,
      phrase,
      asksSpeech ? speakerMatch(speakers.get(passage.id), terms) : 0,
      shares.get(passage.documentId) ?? 0,
      englishCoverage,
      1 / (1 + place),
      paragraph,
      englishSentence,
      bestSentenceCoverage >= WHOLE ? 1 : 0,
      ...STAND_IN_KINDS.map((kind) => weighted((term) => (held[term]?.kind === kind ? 1 : 0))),
    ];
    const score = features.reduce(
      (sum, value, position) => sum + value * (weights[position] ?? 0),
      0,
    );
    return {
      passage,
      score: score / weightSum,
      bestSentence,
      typed,
      askedForFact,
      throughId: passage.id,
      features,
    };
  });
  return ranked.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
}

/** A sentence covering at least this much holds the whole question (rounding aside). */
const WHOLE = 1 - 1e-9;

/**
 * How much of the question (terms weighted as `totalWeight` sums them) the
 * paragraph of `passage` holds, over all its sentences: the passages of a
 * paragraph are consecutive, so it is read from the neighbouring ones.
 */
function paragraphCoverage(
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
function bestMatch(matches: readonly TermMatch[][], position: number): TermMatch | undefined {
  let best: TermMatch | undefined;
  for (const sentence of matches) {
    const match = sentence[position];
    if (match && (!best || match.credit > best.credit)) best = match;
  }
  return best;
}

/** 1 when one of the question's terms names a speaker the passage quotes, else 0. */
function speakerMatch(
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
function documentShares(
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
