import { contentWordsOf } from "../../core/text/content-words.ts";
import { asksSomething } from "./question-shape.ts";

/**
 * Words opening a follow-up that leans on the question before it: "and
 * iran?", "what about lavrov", "but why". Matched at the start only, case
 * and surrounding spaces ignored.
 */
const CONNECTIVE =
  /^\s*(?:and|but|or|so|also|plus|then|what about|how about|what of|same for|same with)\b/iu;

/**
 * A question naming at most this many things of its own leans on the
 * question before it: "Lavrov?", "iran too?", "how so?". One more ("is
 * Lavrov Russian?") makes a question of its own. Reading a short complete
 * question ("who is Lavrov?") with the thread's question costs little, as
 * its own word leads; reading a follow-up alone loses what it asks about.
 */
export const SHORT_FOLLOW_UP_WORDS = 1;

/** What a member's message in a thread is: not a question, a question of its own, or a follow-up. */
export type ThreadMessageKind = "not-a-question" | "complete" | "follow-up";

/**
 * Tells what a member's message in a thread the bot started is. A
 * follow-up leans on the thread's first question, and is read together
 * with it, when it asks something and
 * - opens with a connective ("and iran?", "what about lavrov", "but why?"), or
 * - names at most {@link SHORT_FOLLOW_UP_WORDS} thing of its own ("why
 *   tho", "how so?", "Lavrov?", "iran too?").
 *
 * Any other question ("did Russia sell arms to Iran?", "what did Khamenei
 * claim about the United States?") is complete and read alone: it names
 * what it asks about. Asking means a question mark, or a question
 * word, auxiliary verb or request opening the message; one that opens with
 * a connective asks too when it names something ("and iran"). The rest
 * ("thanks!", "cool", "ok 👍") is not a question.
 */
export function threadMessageKind(text: string): ThreadMessageKind {
  const own = contentWordsOf(text).length;
  const leans = CONNECTIVE.test(text);
  if (!asksSomething(text) && !(leans && own > 0)) return "not-a-question";
  return leans || own <= SHORT_FOLLOW_UP_WORDS ? "follow-up" : "complete";
}
