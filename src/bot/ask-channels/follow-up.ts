import { contentWordsOf } from "../../core/text/content-words.ts";
import { asksSomething, hasQuestionWord } from "./question-shape.ts";

/**
 * Words opening a follow-up that leans on the question before it: "and
 * iran?", "what about lavrov", "but why". Matched at the start only, case
 * and surrounding spaces ignored.
 */
const CONNECTIVE =
  /^\s*(?:and|but|or|so|also|plus|then|what about|how about|what of|same for|same with)\b/iu;

/**
 * A follow-up naming at most this many things of its own, without a
 * question word, leans on the question before it: "Lavrov?", "iran too?".
 * One more ("is Lavrov Russian?") makes a question of its own.
 */
export const SHORT_FOLLOW_UP_WORDS = 1;

/** What a member's message in a thread is: not a question, a question of its own, or a follow-up. */
export type ThreadMessageKind = "not-a-question" | "complete" | "follow-up";

/**
 * Tells what a member's message in a thread the bot started is. A
 * follow-up leans on the thread's first question, and is read together
 * with it, when it asks something and
 * - opens with a connective ("and iran?", "what about lavrov", "but why?"), or
 * - names nothing of its own ("why tho", "how so?"), or
 * - names at most {@link SHORT_FOLLOW_UP_WORDS} thing without a question
 *   word ("Lavrov?", "iran too?").
 *
 * Any other question ("who is Lavrov?", "did Russia sell arms to Iran?") is
 * complete and read alone. Asking means a question mark, or a question
 * word, auxiliary verb or request opening the message; one that opens with
 * a connective asks too when it names something ("and iran"). The rest
 * ("thanks!", "cool", "ok 👍") is not a question.
 */
export function threadMessageKind(text: string): ThreadMessageKind {
  const own = contentWordsOf(text).length;
  const leans = CONNECTIVE.test(text);
  if (!asksSomething(text) && !(leans && own > 0)) return "not-a-question";
  const short = own <= SHORT_FOLLOW_UP_WORDS && !hasQuestionWord(text);
  return leans || own === 0 || short ? "follow-up" : "complete";
}
