import type { Passage } from "../passages/passages.ts";
import type { SentenceTermTable } from "./sentence-terms.ts";
import { SentenceTermTableBuilder } from "./sentence-terms.ts";
import { termSequence } from "./terms.ts";

/**
 * What re-ranking reads besides MiniSearch, as flat arrays that a cache can
 * save and read back as they are: the vocabulary, the terms of every
 * sentence, and which sentences each passage has.
 */
export interface IndexTables {
  /** Index terms by id. */
  vocabulary: string[];
  /** Per term id: how many passages hold it. */
  passagesHolding: Uint32Array;
  /** Term and pair ids of every sentence, numbered corpus-wide. */
  sentenceTerms: SentenceTermTable;
  /** Per passage: the corpus-wide number of its first sentence. */
  firstSentenceOf: Uint32Array;
  /** Per passage: how many sentences it has. */
  sentenceCountOf: Uint8Array;
}

/**
 * Runs every sentence of `passages` through the text pipeline once (a
 * sentence shared by overlapping passages is read once) and tabulates its
 * terms; `onPassage` receives each passage's terms in order, repeats
 * included, for MiniSearch.
 */
export function buildIndexTables(
  passages: readonly Passage[],
  onPassage: (passage: Passage, terms: string[]) => void,
): IndexTables {
  const ids = new Map<string, number>();
  const idOf = (term: string) => {
    let id = ids.get(term);
    if (id === undefined) {
      id = ids.size;
      ids.set(term, id);
    }
    return id;
  };
  const firstSentenceOf = new Uint32Array(passages.length);
  const sentenceCountOf = new Uint8Array(passages.length);
  const table = new SentenceTermTableBuilder();
  const holding: number[] = [];
  const countedFor: number[] = [];
  // Sentences are numbered corpus-wide: a document's follow the one before it.
  let documentId: string | undefined;
  let previousFirst = -1;
  let documentBase = 0;
  let nextBase = 0;
  // The words of the sentences the next passage may share with this one.
  let recent = new Map<number, string[]>();
  for (const passage of passages) {
    // Two files may share an id ("a.md", "a.txt"): numbering restarts all the same,
    // as a document's passages each start at a later sentence than the one before.
    if (passage.documentId !== documentId || passage.firstSentence <= previousFirst) {
      documentId = passage.documentId;
      documentBase = nextBase;
    }
    previousFirst = passage.firstSentence;
    const first = documentBase + passage.firstSentence;
    const spans = passage.sentences;
    firstSentenceOf[passage.id] = first;
    sentenceCountOf[passage.id] = spans.length;
    nextBase = Math.max(nextBase, first + spans.length);
    const text = passage.text;
    const words = spans.map((span, index) => {
      const number = first + index;
      let sentence = recent.get(number);
      if (!sentence) {
        // Numbers with no passage of their own (none today) keep the table aligned.
        while (table.count < number) table.add([]);
        sentence = termSequence(text.slice(span.start, span.end));
        table.add(sentence.map(idOf));
      }
      return sentence;
    });
    recent = new Map(words.map((sentence, index) => [first + index, sentence]));
    onPassage(passage, words.flat());
    for (const sentence of words) {
      for (const term of sentence) {
        const id = ids.get(term) as number;
        if (countedFor[id] === passage.id) continue;
        countedFor[id] = passage.id;
        holding[id] = (holding[id] ?? 0) + 1;
      }
    }
  }
  return {
    vocabulary: [...ids.keys()],
    passagesHolding: Uint32Array.from(holding, (count) => count ?? 0),
    sentenceTerms: table.finish(),
    firstSentenceOf,
    sentenceCountOf,
  };
}
