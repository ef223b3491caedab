import type MiniSearch from "minisearch";
import SearchableMap from "minisearch/SearchableMap";
import { loadOrBuildMiniSearch } from "./index-cache.ts";
import type { IndexedPassage } from "./minisearch-options.ts";
import type { Passage } from "./passages.ts";
import type { SentenceTerms, SentenceTermTable } from "./sentence-terms.ts";
import { SentenceTermTableBuilder, sentenceTermsAt } from "./sentence-terms.ts";
import { termSequence } from "./text/terms.ts";

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
  private readonly ids = new Map<string, number>();
  private readonly passagesHolding: Uint32Array;
  private readonly sentenceTerms: SentenceTermTable;
  /** Per passage: the corpus-wide number of its first sentence in {@link sentenceTerms}. */
  private readonly firstSentenceOf: Uint32Array;
  /** Per passage: how many sentences it has. */
  private readonly sentenceCountOf: Uint8Array;
  private vocabularyMap: SearchableMap<number> | undefined;

  /**
   * Indexes `passages`. With `cacheDir`, a large corpus's MiniSearch index is
   * read from there when the passages and pipeline are unchanged, else saved.
   */
  constructor(passages: readonly Passage[], cacheDir?: string) {
    this.passageCount = passages.length;
    this.firstSentenceOf = new Uint32Array(passages.length);
    this.sentenceCountOf = new Uint8Array(passages.length);
    const table = new SentenceTermTableBuilder();
    const holding: number[] = [];
    const countedFor: number[] = [];
    const indexed: IndexedPassage[] = [];
    // Sentences are numbered corpus-wide: a document's follow the one before it.
    let documentId: string | undefined;
    let previousFirst = -1;
    let documentBase = 0;
    let nextBase = 0;
    // The words of the sentences the next passage may share with this one.
    let recent = new Map<number, string[]>();
    for (const passage of passages) {
      // Two files may share an id ("a.md", "a.txt"): numbering restarts all the same.
      if (passage.documentId !== documentId || passage.firstSentence < previousFirst) {
        documentId = passage.documentId;
        documentBase = nextBase;
      }
      previousFirst = passage.firstSentence;
      const first = documentBase + passage.firstSentence;
      const spans = passage.sentences;
      this.firstSentenceOf[passage.id] = first;
      this.sentenceCountOf[passage.id] = spans.length;
      nextBase = Math.max(nextBase, first + spans.length);
      const words: string[][] = [];
      const text = passage.text;
      spans.forEach((span, index) => {
        const number = first + index;
        let sentence = recent.get(number);
        if (!sentence) {
          // Numbers with no passage of their own (none today) keep the table aligned.
          while (table.count < number) table.add([]);
          sentence = termSequence(text.slice(span.start, span.end));
          table.add(sentence.map((term) => this.idOf(term)));
        }
        words.push(sentence);
      });
      recent = new Map(words.map((sentence, index) => [first + index, sentence]));
      indexed.push({ id: passage.id, terms: words.flat().join(" ") });
      for (const sentence of words) {
        for (const term of sentence) {
          const id = this.ids.get(term) as number;
          if (countedFor[id] === passage.id) continue;
          countedFor[id] = passage.id;
          holding[id] = (holding[id] ?? 0) + 1;
        }
      }
    }
    this.sentenceTerms = table.finish();
    this.passagesHolding = Uint32Array.from(holding, (count) => count ?? 0);
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
    const count = this.sentenceCountOf[passageId] ?? 0;
    const first = this.firstSentenceOf[passageId] ?? 0;
    return Array.from({ length: count }, (_, index) =>
      sentenceTermsAt(this.sentenceTerms, first + index),
    );
  }

  /** Index terms within `maxEdits` edits of `term`, other than itself (a radix tree search). */
  closeSpellings(term: string, maxEdits: number): { term: string; id: number }[] {
    this.vocabularyMap ??= SearchableMap.from(this.ids);
    return [...this.vocabularyMap.fuzzyGet(term, maxEdits)]
      .filter(([found]) => found !== term)
      .map(([found, [id]]) => ({ term: found, id }));
  }

  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
    }
    return id;
  }
}
