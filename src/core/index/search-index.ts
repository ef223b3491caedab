/**
 * index/: what can be searched. Takes passages and, optionally, a cache
 * folder; gives a `SearchIndex`: BM25 over each passage's terms (one term
 * pipeline for documents and questions: `terms.ts`), each sentence's term
 * ids and term pairs, each term's rarity, and close spellings of a term.
 * `surface-vocabulary.ts` keeps the documents' words as written.
 */
import MiniSearch from "minisearch";
import SearchableMap from "minisearch/SearchableMap";
import type { Passage } from "../passages/passages.ts";
import { loadOrBuildIndex } from "./index-cache.ts";
import type { IndexTables } from "./index-tables.ts";
import { buildIndexTables } from "./index-tables.ts";
import type { IndexedPassage } from "./minisearch-options.ts";
import { MINISEARCH_OPTIONS } from "./minisearch-options.ts";
import type { SentenceTerms } from "./sentence-terms.ts";
import { sentenceTermsAt } from "./sentence-terms.ts";

export type { SentenceTerms } from "./sentence-terms.ts";
export { pairId } from "./sentence-terms.ts";

/** Whether ascending `sorted` holds `value` (binary search). */
export function holds(sorted: Uint32Array | Float64Array, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = sorted[middle] as number;
    if (found === value) return true;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/**
 * The searchable form of a set of passages: MiniSearch for candidates, and
 * per-sentence term ids and passage counts for re-ranking.
 */
export class SearchIndex {
  readonly search: MiniSearch<IndexedPassage>;
  readonly passageCount: number;
  private readonly ids: Map<string, number>;
  private readonly tables: IndexTables;
  private vocabularyMap: SearchableMap<number> | undefined;

  /**
   * Indexes `passages`. With `cacheDir`, a large corpus's index is read from
   * there when the passages and pipeline are unchanged, else saved.
   */
  constructor(passages: readonly Passage[], cacheDir?: string) {
    this.passageCount = passages.length;
    const { search, tables } = loadOrBuildIndex(passages, cacheDir, () => {
      const search = new MiniSearch<IndexedPassage>(MINISEARCH_OPTIONS);
      // Passages are added as their terms are read: no list of all of them is kept.
      const tables = buildIndexTables(passages, (passage, terms) =>
        search.add({ id: passage.id, terms: terms.join(" ") }),
      );
      return { search, tables };
    });
    this.search = search;
    this.tables = tables;
    this.ids = new Map(tables.vocabulary.map((term, id) => [term, id]));
  }

  /** The id of an index term, or undefined when no passage holds it. */
  termId(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** How many passages hold term `id`. */
  passagesWith(id: number): number {
    return this.tables.passagesHolding[id] ?? 0;
  }

  /** BM25's inverse document frequency of term `id`; a term absent from the corpus is the rarest of all. */
  rarity(id: number | undefined): number {
    const count = id === undefined ? 0 : this.passagesWith(id);
    return Math.log(1 + (this.passageCount - count + 0.5) / (count + 0.5));
  }

  /** The sentences of passage `passageId`, as term ids. */
  sentences(passageId: number): SentenceTerms[] {
    const count = this.tables.sentenceCountOf[passageId] ?? 0;
    const first = this.tables.firstSentenceOf[passageId] ?? 0;
    return Array.from({ length: count }, (_, index) =>
      sentenceTermsAt(this.tables.sentenceTerms, first + index),
    );
  }

  /** Index terms within `maxEdits` edits of `term`, other than itself (a radix tree search). */
  closeSpellings(term: string, maxEdits: number): { term: string; id: number }[] {
    this.vocabularyMap ??= SearchableMap.from(this.ids);
    return [...this.vocabularyMap.fuzzyGet(term, maxEdits)]
      .filter(([found]) => found !== term)
      .map(([found, [id]]) => ({ term: found, id }));
  }
}
