import MiniSearch from "minisearch";
import SearchableMap from "minisearch/SearchableMap";
import type { Passage } from "./passages.ts";
import { processTerm, termPairsOf, termsOf, tokenize } from "./text/terms.ts";

/** A passage's terms, whole and per sentence, for judging how much of a question it covers. */
export interface PassageTerms {
  all: Set<string>;
  bySentence: Set<string>[];
  /** Neighbouring term pairs, for phrase matches. */
  pairs: Set<string>;
}

/** The searchable form of a set of passages. */
export interface SearchIndex {
  search: MiniSearch<Passage>;
  /** Every index term with the number of passages holding it. */
  vocabulary: SearchableMap<number>;
  passageTerms: PassageTerms[];
  passageCount: number;
}

/** MiniSearch options shared by building and any later loading of an index. */
export const MINISEARCH_OPTIONS = {
  fields: ["text"],
  storeFields: [],
  tokenize: (text: string) => tokenize(text),
  processTerm: (term: string) => processTerm(term),
  searchOptions: {
    // Queries arrive already processed (see buildQuery), so they pass through untouched.
    tokenize: (query: string) => query.split(" "),
    processTerm: (term: string) => term,
  },
};

/** Indexes `passages` for search and records the statistics ranking needs. */
export function buildSearchIndex(passages: readonly Passage[]): SearchIndex {
  const search = new MiniSearch<Passage>(MINISEARCH_OPTIONS);
  search.addAll(passages);
  const counts = new Map<string, number>();
  const passageTerms = passages.map((passage) => {
    const bySentence = passage.sentences.map(
      (span) => new Set(termsOf(passage.text.slice(span.start, span.end))),
    );
    const all = new Set(bySentence.flatMap((terms) => [...terms]));
    for (const term of all) counts.set(term, (counts.get(term) ?? 0) + 1);
    const pairs = new Set(
      passage.sentences.flatMap((span) => termPairsOf(passage.text.slice(span.start, span.end))),
    );
    return { all, bySentence, pairs };
  });
  return {
    search,
    vocabulary: SearchableMap.from(counts),
    passageTerms,
    passageCount: passages.length,
  };
}
