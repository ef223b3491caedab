import { processTerm, tokenize } from "../index/terms.ts";

/**
 * The kind of answer a question asks for, read from its question word:
 * "when" wants a time, "how many" a quantity, "who" a name, "where" a
 * place (a name after "in", "to", "from"…).
 * A sentence that holds such a thing, beyond what the question already
 * says, is likelier to be the answer.
 */
export type AnswerType = "time" | "quantity" | "name" | "place";

const TIME_QUESTION =
  /\b(when|what (year|century|decade|date|time|period|month)|which (year|century|decade|month)|how long ago)\b/i;
const QUANTITY_QUESTION =
  /\b(how (many|much|long|far|old|large|big|high|tall)|what (number|percentage|percent|amount|size))\b/i;
const NAME_QUESTION = /\b(who|whom|whose)\b/i;
const PLACE_QUESTION = /\b(where|what (place|country|city|region|town|continent|island))\b/i;

const MONTHS =
  "january|february|march|april|may|june|july|august|september|october|november|december";
const TIME_PATTERN = new RegExp(
  `\\b(\\d{3,4}s?|\\d{1,2}(st|nd|rd|th) centur(y|ies)|centur(y|ies)|decades?|${MONTHS})\\b`,
  "gi",
);
const QUANTITY_PATTERN =
  /\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|half)\b/gi;

const PLACE_PATTERN =
  /\b(?:in|at|to|from|near|into|across|through|toward|towards|outside|inside|within)\s+(?:the\s+)?(?:\p{Ll}+\s+)?(\p{Lu}\p{L}*)/gu;

/** What a question asks for: the answer type, and its own words (which are no answer). */
export interface AskedFor {
  type: AnswerType;
  /** The question's words, lower case. */
  words: ReadonlySet<string>;
  /** The index terms of the question's informative words: what a quantity must count. */
  topics: ReadonlySet<string>;
}

/** One word that is a quantity, as {@link QUANTITY_PATTERN} finds them in text. */
const QUANTITY_WORD = new RegExp(`^(?:${QUANTITY_PATTERN.source})$`, "i");

/** Words on either side of a number that may say what it counts ("two decades", "5 campuses"). */
const QUANTITY_REACH = 8;

/** What `question` asks for, or null when its question word says nothing. */
export function answerTypeOf(question: string): AskedFor | null {
  const type = typeOf(question);
  if (type === null) return null;
  const words = tokenize(question);
  return {
    type,
    words: new Set(words.map((word) => word.toLowerCase())),
    topics: new Set(words.map((word) => processTerm(word)).filter((term) => term !== null)),
  };
}

/** Whether `sentence` holds something of the type asked for that the question does not already say. */
export function holdsAnswerType(sentence: string, asked: AskedFor): boolean {
  const { type, words } = asked;
  const isNew = (word: string) => !words.has(word.toLowerCase());
  if (type === "time") return [...sentence.matchAll(TIME_PATTERN)].some((m) => isNew(m[0]));
  if (type === "quantity") return holdsQuantityOf(sentence, asked);
  if (type === "place") {
    // A name after a preposition of place: "fled to southern Italy", "in Normandy".
    return [...sentence.matchAll(PLACE_PATTERN)].some((m) => isNew(m[1] as string));
  }
  // A capitalized word that does not start the sentence is taken as a name.
  return wordsOf(sentence)
    .slice(1)
    .some((word) => /^\p{Lu}/u.test(word) && isNew(word));
}

/**
 * Whether `sentence` holds a quantity of something the question names: a
 * number within {@link QUANTITY_REACH} words of one of its terms ("how many
 * campuses" → "5 University of California campuses"). A number about
 * something else ("two decades" for "how many people") is no answer.
 */
function holdsQuantityOf(sentence: string, { words, topics }: AskedFor): boolean {
  const tokens = wordsOf(sentence);
  const terms = tokens.map((token) => processTerm(token));
  return tokens.some((token, position) => {
    if (!QUANTITY_WORD.test(token) || words.has(token.toLowerCase())) return false;
    for (let near = position - QUANTITY_REACH; near <= position + QUANTITY_REACH; near += 1) {
      const term = terms[near];
      if (near !== position && term && topics.has(term)) return true;
    }
    return false;
  });
}

/** Texts whose words are remembered: the passages a corpus's questions keep coming back to. */
const WORDS_MEMO_SIZE = 2000;
const wordsMemo = new Map<string, string[]>();

/** The words of `text` (a passage), remembered: every question checks its candidates' words. */
function wordsOf(text: string): string[] {
  let words = wordsMemo.get(text);
  if (!words) {
    words = tokenize(text);
    if (wordsMemo.size >= WORDS_MEMO_SIZE) wordsMemo.clear();
    wordsMemo.set(text, words);
  }
  return words;
}

function typeOf(question: string): AnswerType | null {
  if (TIME_QUESTION.test(question)) return "time";
  if (QUANTITY_QUESTION.test(question)) return "quantity";
  if (NAME_QUESTION.test(question)) return "name";
  if (PLACE_QUESTION.test(question)) return "place";
  return null;
}
