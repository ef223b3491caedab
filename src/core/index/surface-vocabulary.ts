import SearchableMap from "minisearch/SearchableMap";
import type { ContentDocument } from "../content/load-content.ts";
import { processTerm, tokenize } from "./terms.ts";

/**
 * The words of the documents as written (lower case), each with its index
 * term: a misspelling is closer to the word it misspells ("commissiond",
 * "commissioned") than to that word's stem ("commiss"). Built on first use.
 */
export class SurfaceVocabulary {
  private words: SearchableMap<string> | undefined;

  constructor(private readonly documents: readonly ContentDocument[]) {}

  /** Builds the vocabulary now rather than on the first misspelt question. */
  prepare(): void {
    this.words ??= this.build();
  }

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
    // Distinct words first: a large corpus repeats most of its words, and the pipeline runs once per word.
    const distinct = new Set<string>();
    for (const document of this.documents) {
      for (const [word] of document.text.toLowerCase().matchAll(WORD)) distinct.add(word);
    }
    const words = new SearchableMap<string>();
    for (const written of distinct) {
      // Only words with accents or curly marks need the pipeline's folding.
      const word = /^[a-z0-9]*$/.test(written) ? written : (tokenize(written)[0] ?? "");
      const term = word && processTerm(word);
      if (term && !words.has(word)) words.set(word, term);
    }
    return words;
  }
}

/** A run of letters and digits: the documents' words, before folding accents. */
const WORD = /[\p{L}\p{N}]+/gu;
