import { stemmer } from "stemmer";
import { eng as englishStopWords } from "stopword";

/**
 * The text pipeline shared by indexing and querying: both sides must use the
 * very same functions, or a saved index silently stops matching.
 */

/**
 * Words of a question that say what kind of answer is wanted, not what it is
 * about, beyond those the English stop-word list already holds ("what",
 * "who", "how", "is", "did", "many"…).
 */
const QUESTION_WORDS = [
  // "What is one example…": a filler of a question, and Porter makes "one" "on".
  "one",
  "whats",
  "whom",
  "whose",
  "when",
  "why",
  "does",
  "done",
  "doing",
  "will",
  "shall",
  "may",
  "tell",
  "explain",
  "describe",
  "name",
  "kind",
  "type",
  "according",
  "article",
];

const STOP_WORDS = new Set([...englishStopWords, ...QUESTION_WORDS]);

/** The stop and question words (lower case): they say how a question is asked, not what about. */
export const stopWords: ReadonlySet<string> = STOP_WORDS;

/** Folds accents, curly quotes and dashes so "Café’s—" and "Cafe's-" read alike. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, "-");
}

/**
 * Splits text into raw words. Dotted acronyms become one word ("U.S." → "US"),
 * possessive 's is dropped, case is kept so {@link processTerm} can tell
 * the acronym "US" from the pronoun "us".
 */
export function tokenize(text: string): string[] {
  const folded = foldText(text)
    .replace(/\b((?:\p{Lu}\.){2,})/gu, (acronym) => acronym.replaceAll(".", ""))
    .replace(/'s\b/gi, "")
    .replace(/n't\b/gi, "");
  return folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== "");
}

/**
 * Turns one raw word into its index term: lower case, stop words and question
 * words dropped, Porter-stemmed. Upper-case acronyms are never stop words.
 */
export function processTerm(word: string): string | null {
  const cached = processed.get(word);
  if (cached !== undefined) return cached;
  const term = computeTerm(word);
  // Words repeat (Zipf): a bounded memo saves most of the stemming on big corpora.
  if (processed.size >= MEMO_SIZE) processed.clear();
  processed.set(word, term);
  return term;
}

/** Words whose terms are remembered before the memo is emptied: bounds what a flood of made-up words can hold. */
const MEMO_SIZE = 200_000;
const processed = new Map<string, string | null>();

function computeTerm(word: string): string | null {
  const isAcronym = word.length >= 2 && word.length <= 5 && /^\p{Lu}+$/u.test(word);
  const lower = word.toLowerCase();
  if (!isAcronym && STOP_WORDS.has(lower)) return null;
  if (lower.length < 2 && !/\d/.test(lower)) return null;
  if (/\d/.test(lower)) return lower;
  return stemmer(lower);
}

/** The index terms of `text` in order, repeats included. */
export function termSequence(text: string): string[] {
  const terms: string[] = [];
  for (const word of tokenize(text)) {
    const term = processTerm(word);
    if (term) terms.push(term);
  }
  return terms;
}

/** The distinct index terms of `text`, in order of first appearance. */
export function termsOf(text: string): string[] {
  return [...new Set(termSequence(text))];
}

/**
 * Neighbouring term pairs of `text` ("battl hast" for "battle of Hastings"):
 * a question and a passage sharing a pair share a phrase, not just words.
 */
export function termPairsOf(text: string): string[] {
  const terms = termSequence(text);
  const pairs = new Set<string>();
  for (let i = 1; i < terms.length; i += 1) pairs.add(`${terms[i - 1]} ${terms[i]}`);
  return [...pairs];
}

/**
 * Text run through the pipeline to fingerprint it, with every stop word:
 * an index saved by a pipeline that processes words differently must not be
 * loaded, or search would silently miss (MiniSearch stores processed terms).
 */
const PIPELINE_PROBE =
  "The U.S. pursues Russia's revolutionary ideals; Iran’s leaders didn't unite — in 2012, Café NATO us US running ran RUNS Khamenei’s “polycentric” architectures";

/** A string that changes whenever the pipeline would turn some text into other terms. */
export function pipelineFingerprint(): string {
  return `${[...STOP_WORDS].sort().join(",")}\u0000${termSequence(PIPELINE_PROBE).join(" ")}`;
}
