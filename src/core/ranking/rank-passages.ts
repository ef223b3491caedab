/**
 * Ranking: takes the index, the passages, a read question, the speakers each
 * passage quotes and the fitted weights; gives the candidates best first,
 * each with a score from 0 to 1, its best sentence and its signals.
 * `candidates.ts` picks the candidates, `signals.ts` names the signals.
 */

import { FITTED } from "../evidence/fitted-parameters.ts";
import type { SearchIndex } from "../index/search-index.ts";
import { holds } from "../index/search-index.ts";
import type { Passage } from "../passages/passages.ts";
import { answerTypeOf, holdsAnswerType } from "../query/answer-type.ts";
import type { Query } from "../query/read-query.ts";
import { STAND_IN_KINDS } from "../query/stand-ins.ts";
import { matchIn } from "../query/term-match.ts";
import { candidatesFor } from "./candidates.ts";
import {
  bestMatch,
  documentShares,
  paragraphCoverage,
  RANKING_FEATURES,
  scoreOf,
  speakerMatch,
  WHOLE,
  weightScale,
} from "./signals.ts";

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
  const candidates = candidatesFor(index, terms);
  if (candidates.length === 0) return [];
  const topScore = candidates[0]?.score ?? 1;
  const shares = documentShares(
    candidates.map(({ id, score }) => ({ passage: passages[id] as Passage, score })),
  );
  const totalWeight = terms.reduce((sum, { weight }) => sum + weight, 0);
  const totalInformation = terms.reduce(
    (sum, term) => (term.isFiller ? sum : sum + term.informativeness),
    0,
  );
  /** The question's terms held, each by `credit(position)`, weighted by rarity in the documents. */
  const weighted = (credit: (term: number) => number) =>
    terms.reduce((sum, term, position) => sum + term.weight * credit(position), 0) / totalWeight;
  /** The same, of the informative terms weighted by rarity in general English. */
  const inEnglish = (credit: (term: number) => number) =>
    totalInformation === 0
      ? 0
      : terms.reduce(
          (sum, term, position) =>
            term.isFiller ? sum : sum + term.informativeness * credit(position),
          0,
        ) / totalInformation;
  const pairWeight = pairs.reduce((sum, { weight }) => sum + weight, 0);
  const scale = weightScale(weights);
  const paragraphs = new Map<string, number>();
  /** Per candidate, whether it quotes the speaker the question asks about. */
  const quoting = new Map<number, number>();
  const ranked = candidates.map((result, place): Ranked => {
    const passage = passages[result.id] as Passage;
    const sentences = index.sentences(passage.id);
    // How each sentence holds each term; the passage holds a term as well as its best sentence does.
    const matches = sentences.map((sentence) => terms.map((term) => matchIn(term, sentence)));
    const held = terms.map((_, position) => bestMatch(matches, position));
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
    const best = matches[bestSentence] ?? [];
    const englishCoverage = inEnglish((term) => held[term]?.credit ?? 0);
    const englishSentence = inEnglish((term) => best[term]?.credit ?? 0);
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
      shares.get(passage.documentId) ?? 0,
      englishCoverage,
      1 / (1 + place),
      paragraph,
      englishSentence,
      bestSentenceCoverage >= WHOLE ? 1 : 0,
      ...STAND_IN_KINDS.map((kind) => weighted((term) => (held[term]?.kind === kind ? 1 : 0))),
    ];
    if (asksSpeech) quoting.set(passage.id, speakerMatch(speakers.get(passage.id), terms));
    return {
      passage,
      score: scoreOf(features, weights, scale),
      bestSentence,
      typed,
      askedForFact,
      throughId: passage.id,
      features,
    };
  });
  // "What did Lavrov say": his quotations are what is asked for, whatever else scores.
  // A rule, not a fitted signal: the pool asks no such questions to fit it on.
  const quotes = (entry: Ranked) => quoting.get(entry.passage.id) ?? 0;
  return ranked.sort(
    (a, b) => quotes(b) - quotes(a) || b.score - a.score || a.passage.id - b.passage.id,
  );
}
