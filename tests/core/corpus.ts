import type { ContentDocument } from "../../src/core/content/load-content.ts";
import { loadContent } from "../../src/core/content/load-content.ts";
import { DECISION_FEATURES } from "../../src/core/evidence/decision.ts";
import type { Evidence } from "../../src/core/evidence/evidence.ts";
import type { DecisionModel } from "../../src/core/evidence/fitted-model.ts";
import { SearchIndex } from "../../src/core/index/search-index.ts";
import { SurfaceVocabulary } from "../../src/core/index/surface-vocabulary.ts";
import { processTerm } from "../../src/core/index/terms.ts";
import type { Passage } from "../../src/core/passages/passages.ts";
import { buildPassages } from "../../src/core/passages/passages.ts";
import type { QueryTerm } from "../../src/core/query/read-query.ts";
import type { StandInKind } from "../../src/core/query/stand-ins.ts";
import type { Ranked } from "../../src/core/ranking/rank-passages.ts";
import { contentFolder } from "../helpers.ts";

/** A small corpus built for one rule: its documents, passages, index and written words. */
export interface Corpus {
  documents: ContentDocument[];
  passages: Passage[];
  index: SearchIndex;
  vocabulary: SurfaceVocabulary;
}

/** Indexes `files` (name → text) the way the engine does, without a cache. */
export function corpusOf(files: Record<string, string>): Corpus {
  const documents = loadContent(contentFolder(files));
  const passages = buildPassages(documents);
  return {
    documents,
    passages,
    index: new SearchIndex(passages),
    vocabulary: new SurfaceVocabulary(documents),
  };
}

/** The passage of `corpus` whose text holds `words`. */
export function passageWith(corpus: Corpus, words: string): Passage {
  const passage = corpus.passages.find((candidate) => candidate.text.includes(words));
  if (!passage) throw new Error(`no passage holds ${JSON.stringify(words)}`);
  return passage;
}

/** `passage` ranked first, with the given answer-type flags. */
export function rankedFirst(
  passage: Passage,
  flags: { typed?: boolean; askedForFact?: boolean } = {},
): Ranked {
  return {
    passage,
    score: 1,
    bestSentence: 0,
    throughId: passage.id,
    typed: flags.typed ?? false,
    askedForFact: flags.askedForFact ?? false,
  };
}

/** A question term for `word` in `corpus`, with the index id of its term (undefined when no passage holds it). */
export function queryTermIn(
  corpus: Corpus,
  word: string,
  fields: Partial<QueryTerm> = {},
): QueryTerm {
  const stem = processTerm(word) as string;
  return {
    term: stem,
    word,
    id: corpus.index.termId(stem),
    weight: 1,
    isName: false,
    isFiller: false,
    informativeness: 0.5,
    variants: [],
    ...fields,
  };
}

/** Evidence of three matched words that cover most of the question, with `fields` changed. */
export function evidenceWith(fields: Partial<Evidence>): Evidence {
  return {
    matched: 3,
    exact: 3,
    coverage: 0.8,
    englishCoverage: 0.8,
    bestMatchedInformativeness: 0.8,
    unknown: 0,
    unknownInformation: 0,
    unknownEnglishInformation: 0,
    unknownName: false,
    missingType: false,
    informative: 3,
    typed: true,
    ...fields,
  };
}

/**
 * A credit for each stand-in kind, each different and none the fitted one:
 * passed to `readQuery`, they show which kind a stand-in was credited as.
 */
export const TEST_CREDITS: Readonly<Record<StandInKind, number>> = {
  spelling: 0.61,
  typo: 0.82,
  synonym: 0.53,
  relative: 0.27,
  derived: 0.71,
  inflected: 0.88,
  phrasal: 0.44,
};

/**
 * A hand-made decision model over the decision's features: no feature
 * weighed, none shifted or scaled, so the probability is sigmoid(bias)
 * until `fields` weigh some. Declines below 0.3, thin below 0.6.
 */
export function decisionModel(fields: Partial<DecisionModel> = {}): DecisionModel {
  const none = DECISION_FEATURES.map(() => 0);
  return {
    features: DECISION_FEATURES,
    mean: none,
    scale: DECISION_FEATURES.map(() => 1),
    weights: none,
    bias: 0,
    declineBelow: 0.3,
    lowBelow: 0.6,
    ...fields,
  };
}

/** A {@link decisionModel} weighing only `feature`, by `weight`. */
export function weighing(
  feature: (typeof DECISION_FEATURES)[number],
  weight: number,
  fields: Partial<DecisionModel> = {},
): DecisionModel {
  return decisionModel({
    weights: DECISION_FEATURES.map((name) => (name === feature ? weight : 0)),
    ...fields,
  });
}
