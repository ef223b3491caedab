import { mulberry32 } from "../../src/eval/seeded-random.ts";

/** The longest question the engine reads (MAX_QUESTION_CHARS); hostile ones go right up to it. */
const MAX_HOSTILE_CHARS = 4000;
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
const PUNCTUATION = "?!.,;:-—…'\"()[]{}*_~`|/\\@#";

/**
 * `count` questions written to make answering slow, deterministically from
 * `seed`, in turn: one made-up word of up to 4,000 letters; hundreds of
 * distinct made-up words; one real word repeated hundreds of times; runs of
 * punctuation; and long made-up words beside real ones. `realWords` are
 * words of the corpus, so that some of each question matches.
 */
export function hostileQuestions(count: number, realWords: readonly string[], seed = 3): string[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const madeUp = (length: number) =>
    Array.from({ length }, () => LETTERS[Math.floor(random() * LETTERS.length)]).join("");
  const real = () => pick(realWords.length > 0 ? realWords : ["word"]);
  const kinds = [
    () => madeUp(1 + Math.floor(random() * MAX_HOSTILE_CHARS)),
    () =>
      Array.from({ length: 200 + Math.floor(random() * 400) }, () =>
        madeUp(3 + Math.floor(random() * 6)),
      ).join(" "),
    () => `${real()} `.repeat(100 + Math.floor(random() * 600)),
    () =>
      Array.from({ length: 100 + Math.floor(random() * 3800) }, () => pick([...PUNCTUATION])).join(
        "",
      ),
    () =>
      Array.from({ length: 5 + Math.floor(random() * 20) }, () =>
        random() < 0.5 ? real() : madeUp(8 + Math.floor(random() * 150)),
      ).join(" "),
  ];
  return Array.from({ length: count }, (_, index) =>
    (kinds[index % kinds.length] as () => string)().slice(0, MAX_HOSTILE_CHARS),
  );
}
