/**
 * The data training fits on: the SQuAD 2.0 pool (`eval/squad2-pool.json`),
 * split by article, with chat-style copies and off-topic questions made
 * from it. Nothing else is ever read here: the other question sets measure
 * whether what was fitted carries over.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { relatedWords } from "../core/english/wordnet.ts";
import { processTerm, termsOf } from "../core/index/terms.ts";
import type { ContentDocument } from "../core/index.ts";
import { loadContent } from "../core/index.ts";
import type { QuestionSet } from "../eval/evaluation.ts";
import { normalizeForMatch } from "../eval/evaluation.ts";
import { mulberry32 } from "../eval/seeded-random.ts";
import { contentLimitsFrom } from "../runtime/content-settings.ts";

/** Seeds of the chat-style copies: several, so that no one seed's typos are fitted. */
export const CHAT_SEEDS = [1, 2, 3];
/**
 * The seed of the paraphrased copy (told apart from chat seeds by being
 * over {@link PARAPHRASE_SEEDS_FROM}): members ask with words the documents
 * never use, which crowd-written questions rarely do.
 */
export const PARAPHRASE_SEED = 101;
/** Seeds over this one are paraphrased copies; chat copies' seeds stay below it. */
export const PARAPHRASE_SEEDS_FROM = 100;
/**
 * Share of a question's words the paraphrased copy tries to replace: most
 * copies then lack one or two of the documents' words, as questions in chat
 * do. A round number, not fitted: no question set chose it.
 */
const PARAPHRASE_SHARE = 0.25;

/** One question of the pool, with the article it was written about. */
export interface PoolQuestion {
  id: string;
  question: string;
  expect: string[] | null;
  /** Index of its article in {@link Pool.documents}. */
  article: number;
  /** 0 for the question as written, else the chat copy's seed. */
  seed: number;
}

export interface Pool {
  documents: ContentDocument[];
  questions: PoolQuestion[];
  contentDir: string;
}

/**
 * Reads the pool at `setPath` with chat copies at `seeds`. Each question's
 * article is the one document holding its expected text; an unanswerable
 * question takes the article of the answerable one before it (the pool
 * lists each article's questions together).
 */
export function readPool(setPath: string, seeds: readonly number[] = CHAT_SEEDS): Pool {
  const set = JSON.parse(readFileSync(setPath, "utf8")) as QuestionSet;
  const contentDir = resolve(dirname(setPath), set.content ?? "");
  const documents = loadContent(contentDir, contentLimitsFrom());
  const texts = documents.map((document) => normalizeForMatch(document.text));
  const articles: number[] = [];
  let current = 0;
  for (const item of set.questions) {
    if (item.expect !== null) {
      const pieces = item.expect.map(normalizeForMatch);
      const found = texts.findIndex((text) => pieces.some((piece) => text.includes(piece)));
      if (found !== -1) current = found;
    }
    articles.push(current);
  }
  const questions: PoolQuestion[] = [];
  const add = (items: QuestionSet["questions"], seed: number) => {
    items.forEach((item, position) => {
      questions.push({ ...item, article: articles[position] as number, seed });
    });
  };
  add(set.questions, 0);
  for (const seed of seeds) add(chatCopy(setPath, seed).questions, seed);
  const known = new Set(documents.flatMap((document) => termsOf(document.text)));
  add(paraphrasedCopy(set.questions, known, PARAPHRASE_SEED), PARAPHRASE_SEED);
  return { documents, questions, contentDir };
}

/**
 * `questions` with about {@link PARAPHRASE_SHARE} of their content words
 * replaced by a WordNet synonym that
 * the documents never use (`known`: their terms): the answer is still
 * there, worded as a member might ask for it. Deterministic for a seed.
 */
function paraphrasedCopy(
  questions: QuestionSet["questions"],
  known: ReadonlySet<string>,
  seed: number,
): QuestionSet["questions"] {
  const random = mulberry32(seed);
  return questions.map((item) => {
    const question = item.question.replace(/\p{L}+/gu, (word) => {
      const term = processTerm(word);
      if (!term || random() >= PARAPHRASE_SHARE) return word;
      const others = relatedWords(word.toLowerCase())
        .filter(({ relation }) => relation === "synonym")
        .map(({ word: other }) => other)
        .filter((other) => {
          const terms = termsOf(other);
          return terms.length > 0 && terms.every((part) => !known.has(part));
        });
      return others.length === 0 ? word : (others[Math.floor(random() * others.length)] as string);
    });
    return { ...item, question };
  });
}

/** The chat-style copy of the set at `setPath` that `eval/chatify.mjs` writes for `seed`. */
function chatCopy(setPath: string, seed: number): QuestionSet {
  const script = join(dirname(setPath), "chatify.mjs");
  const output = execFileSync(process.execPath, [script, setPath, "--seed", String(seed)], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output) as QuestionSet;
}

/**
 * The article whose content alone a question of `article` is asked of, to
 * make an off-topic question: each question goes to another article, in
 * turn, so every pair of articles is used.
 */
export function offTopicArticle(article: number, position: number, count: number): number {
  return (article + 1 + (position % (count - 1))) % count;
}

/** Whether `text` holds one of `expect`'s pieces, as question sets are scored. */
export function answers(text: string, expect: readonly string[] | null): boolean {
  if (expect === null) return false;
  const folded = normalizeForMatch(text);
  return expect.some((piece) => folded.includes(normalizeForMatch(piece)));
}
