import { expandShorthand } from "../../core/text/chat-shorthand.ts";
import { contentWordsOf } from "../../core/text/content-words.ts";

/** Words that open or carry a question: "why does…", "who is…". */
const INTERROGATIVES = new Set([
  "what",
  "why",
  "how",
  "who",
  "whom",
  "whose",
  "when",
  "where",
  "which",
]);

/** Verbs that open a yes/no question: "is Iran…", "did Putin…". */
const AUXILIARIES = new Set([
  ...["is", "are", "was", "were", "am", "do", "does", "did", "has", "have", "had"],
  ...["can", "could", "will", "would", "should", "shall", "may", "might", "must"],
]);

/** Verbs that open a request for information: "explain…", "tell me…". */
const REQUESTS = new Set([
  ...["tell", "explain", "describe", "summarize", "summarise", "list", "show", "give"],
  ...["compare", "define", "quote", "find", "name"],
]);

/** The message's words, lower case, chat shorthand spelled out ("wat" → "what"). */
function wordsOf(text: string): string[] {
  return expandShorthand(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter((word) => word !== "");
}

/**
 * Whether `text` is phrased as a question or a request: it has a question
 * mark, or opens with a question word, an auxiliary verb ("is", "did") or
 * a request ("explain", "tell me"). Chat remarks ("cool", "makes sense",
 * "good point") are not.
 */
export function asksSomething(text: string): boolean {
  if (/[?？]/u.test(text)) return true;
  const first = wordsOf(text)[0] ?? "";
  return INTERROGATIVES.has(first) || AUXILIARIES.has(first) || REQUESTS.has(first);
}

/**
 * Whether a message posted in an ask channel is a question to answer: it
 * asks something ({@link asksSomething}) and names something to look for —
 * a word that is not a stop word, a question word or chat filler. "thanks!",
 * "lol", "ok 👍", an image alone and "cool" are not questions; "Lavrov?" and
 * "why does Russia back Assad" are.
 */
export function isQuestion(text: string): boolean {
  return asksSomething(text) && contentWordsOf(text).length > 0;
}
