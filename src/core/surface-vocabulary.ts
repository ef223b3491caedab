import SearchableMap from "minisearch/SearchableMap";
import type { ContentDocument } from "./content/load-content.ts";
import { processTerm, tokenize } from "./text/terms.ts";

/**
 * The words of the documents as written (lower case), each with its index
 * term: a misspelling is closer to the word it misspells ("commissiond",
 * "commissioned") than to that word's stem ("commiss"). Built on first use.
 */
export class SurfaceVocabulary {
  private words: SearchableMap<string> | undefined;

  constructor(private readonly documents: readonly ContentDocument[]) {}

  /** The index term of `word` (lower case) when the documents write it, else undefined. */
  termOf(word: string): string | undefined {
    this.words ??= this.build();
    return this.words.get(word);
  }

  /** Written words within `maxEdits` edits of `word`, with their index terms and distances. */
  near(word: string, maxEdits: number): { word: string; term: string; edits: number }[] {
    this.words ??= this.build();
    return [...this.words.fuzzyGet(word, maxEdits)].map(([found, [term, edits]]) => ({
      word: found,
      term,
      edits,
    }));
  }

  private build(): SearchableMap<string> {
    const words = new SearchableMap<string>();
    for (const document of this.documents) {
      for (const word of tokenize(document.text)) {
        const lower = word.toLowerCase();
        if (words.has(lower)) continue;
        const term = processTerm(word);
        if (term) words.set(lower, term);
      }
    }
    return words;
  }
}
