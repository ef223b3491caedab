import type { ContentDocument } from "../../../src/core/content/load-content.ts";
import { loadContent } from "../../../src/core/content/load-content.ts";
import type { Evidence } from "../../../src/core/evidence.ts";
import type { Passage } from "../../../src/core/passages.ts";
import { buildPassages } from "../../../src/core/passages.ts";
import type { QueryTerm } from "../../../src/core/query.ts";
import type { Ranked } from "../../../src/core/ranking.ts";
import { SearchIndex } from "../../../src/core/search-index.ts";
import { SurfaceVocabulary } from "../../../src/core/surface-vocabulary.ts";
import { processTerm } from "../../../src/core/text/terms.ts";
import { contentFolder } from "../../helpers.ts";

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
    coverage: 0.8,
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
