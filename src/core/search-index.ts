import type MiniSearch from "minisearch";
import SearchableMap from "minisearch/SearchableMap";
import { loadOrBuildMiniSearch } from "./index-cache.ts";
import type { IndexedPassage } from "./minisearch-options.ts";
import type { Passage } from "./passages.ts";
import { termSequence } from "./text/terms.ts";

/**
 * The terms of one sentence, as sorted ids, for fast "does it hold this term"
 * checks: a sentence shared by two overlapping passages is stored once.
 */
export interface SentenceTerms {
  /** Distinct term ids, ascending. */
  terms: Uint32Array;
  /** Distinct ids of neighbouring term pairs ({@link pairId}), ascending. */
  pairs: Float64Array;
}

/** One number for the pair of term ids (first, second); ids stay below 2^26. */
export function pairId(first: number, second: number): number {
  return first * 2 ** 26 + second;
}

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
  private readonly ids = new Map<string, number>();
  private readonly passagesHolding: number[] = [];
  private readonly sentencesOf: SentenceTerms[][];
  private vocabularyMap: SearchableMap<number> | undefined;

  /**
   * Indexes `passages`. With `cacheDir`, a large corpus's MiniSearch index is
   * read from there when the passages and pipeline are unchanged, else saved.
   */
  constructor(passages: readonly Passage[], cacheDir?: string) {
    this.passageCount = passages.length;
    const bySentence = new Map<string, { words: string[]; terms: SentenceTerms }>();
    const indexed: IndexedPassage[] = [];
    this.sentencesOf = passages.map((passage) => {
      const own = passage.sentences.map((span, index) => {
        const key = `${passage.documentId}\u0000${passage.firstSentence + index}`;
        let sentence = bySentence.get(key);
        if (!sentence) {
          const words = termSequence(passage.text.slice(span.start, span.end));
          sentence = { words, terms: this.sentenceTerms(words) };
          bySentence.set(key, sentence);
        }
        return sentence;
      });
      indexed.push({ id: passage.id, terms: own.flatMap((sentence) => sentence.words).join(" ") });
      const distinct = new Set<number>();
      for (const sentence of own) for (const id of sentence.terms.terms) distinct.add(id);
      for (const id of distinct) this.passagesHolding[id] = (this.passagesHolding[id] ?? 0) + 1;
      return own.map((sentence) => sentence.terms);
    });
    this.search = loadOrBuildMiniSearch(passages, indexed, cacheDir);
  }

  /** The id of an index term, or undefined when no passage holds it. */
  termId(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** How many passages hold term `id`. */
  passagesWith(id: number): number {
    return this.passagesHolding[id] ?? 0;
  }

  /** BM25's inverse document frequency of term `id`; a term absent from the corpus is the rarest of all. */
  rarity(id: number | undefined): number {
    const count = id === undefined ? 0 : this.passagesWith(id);
    return Math.log(1 + (this.passageCount - count + 0.5) / (count + 0.5));
  }

  /** The sentences of passage `passageId`, as term ids. */
  sentences(passageId: number): SentenceTerms[] {
    return this.sentencesOf[passageId] ?? [];
  }

  /** Index terms within `maxEdits` edits of `term`, other than itself (a radix tree search). */
  closeSpellings(term: string, maxEdits: number): { term: string; id: number }[] {
    this.vocabularyMap ??= SearchableMap.from(this.ids);
    return [...this.vocabularyMap.fuzzyGet(term, maxEdits)]
      .filter(([found]) => found !== term)
      .map(([found, [id]]) => ({ term: found, id }));
  }

  private sentenceTerms(words: string[]): SentenceTerms {
    const sequence = words.map((term) => {
      let id = this.ids.get(term);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(term, id);
      }
      return id;
    });
    const pairs = new Set<number>();
    for (let i = 1; i < sequence.length; i += 1) {
      pairs.add(pairId(sequence[i - 1] as number, sequence[i] as number));
    }
    return {
      terms: Uint32Array.from(new Set(sequence)).sort(),
      pairs: Float64Array.from(pairs).sort(),
    };
  }
}
