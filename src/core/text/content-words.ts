import { CHAT_FILLER, expandShorthand } from "./chat-shorthand.ts";
import { processTerm, tokenize } from "./terms.ts";

/** Index terms of the chat filler words ("thanks" and "thank" alike): forms of filler are filler. */
let fillerTerms: ReadonlySet<string> | undefined;

/**
 * The words of `text` that name something to look for, as index terms in
 * order of first appearance: chat shorthand spelled out, then stop words,
 * question words and chat filler ("thanks", "lol", "ok") left out, along
 * with anything that is not a word (emoji, punctuation). "thanks!" and
 * "ok 👍" have none; "and iran?" has one.
 */
export function contentWordsOf(text: string): string[] {
  fillerTerms ??= new Set(
    [...CHAT_FILLER].map((word) => processTerm(word)).filter((term) => term !== null),
  );
  const terms = new Set<string>();
  for (const word of tokenize(expandShorthand(text))) {
    if (CHAT_FILLER.has(word.toLowerCase())) continue;
    const term = processTerm(word);
    if (term && !fillerTerms.has(term)) terms.add(term);
  }
  return [...terms];
}
