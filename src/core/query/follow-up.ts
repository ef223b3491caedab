import type { Query } from "./read-query.ts";

/**
 * How much a term of the question being followed up counts beside the
 * follow-up's own: enough to keep the topic, too little to outrank what is
 * asked now.
 */
const EARLIER_QUESTION_WEIGHT = 0.3;

/**
 * The query of `question`, or of `earlier` and `question` together when it
 * follows `earlier` up ("why does Russia back Assad?" before "and what about
 * Lavrov?"): `earlier`'s own terms weighed down by
 * {@link EARLIER_QUESTION_WEIGHT} when `question` has informative terms of
 * its own. `read` reads a question; `earlier` is cleaned of control
 * characters and cut to `maxChars`.
 */
export function readFollowingUp(
  read: (text: string) => Query,
  question: string,
  earlier: string | undefined,
  maxChars: number,
): Query {
  const own = read(question);
  const context = earlier
    ?.replace(/[\p{Cc}\p{Cf}]+/gu, " ")
    .trim()
    .slice(0, maxChars);
  if (!context) return own;
  const together = read(`${context} ${question}`);
  const ownTerms = new Set(own.terms.map((term) => term.term));
  if (!own.terms.some((term) => !term.isFiller)) return together;
  for (const term of together.terms)
    if (!ownTerms.has(term.term)) term.weight *= EARLIER_QUESTION_WEIGHT;
  return together;
}
