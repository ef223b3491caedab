/**
 * Comparative and superlative forms of English adjectives, by the spelling
 * rules of regular ones: "busy" → "busier", "busiest"; "big" → "bigger",
 * "biggest"; "large" → "larger", "largest". A stemmer leaves "busiest" and
 * "busy" apart, so "is it a busy airport" would miss "the second-busiest
 * airport".
 */

/** Shortest base form read: shorter words ("be", "la") take endings that make other words. */
const MIN_BASE_LENGTH = 3;
const VOWEL = /[aeiou]/;
/** Longest word whose final consonant doubles: the one-syllable adjectives. */
const MAX_DOUBLING_LENGTH = 4;

/** `base`'s comparative and superlative, by the regular spelling rules. */
export function gradedForms(base: string): [string, string] {
  const word = base.toLowerCase();
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ier`, `${word.slice(0, -1)}iest`];
  if (word.endsWith("e")) return [`${word}r`, `${word}st`];
  // In a short word, one vowel before a final consonant doubles it: "big" →
  // "bigger", "thin" → "thinnest" (longer adjectives are graded with "more").
  const last = word.slice(-1);
  const beforeLast = word.slice(-2, -1);
  const third = word.slice(-3, -2);
  const doubles =
    word.length <= MAX_DOUBLING_LENGTH &&
    !VOWEL.test(last) &&
    !/[wxy]/.test(last) &&
    VOWEL.test(beforeLast) &&
    !VOWEL.test(third);
  if (doubles) {
    return [`${word}${last}er`, `${word}${last}est`];
  }
  return [`${word}er`, `${word}est`];
}

/**
 * The base forms a comparative or superlative `word` may come from ("busiest"
 * → "busy"; "largest" → "larg", "large"; "biggest" → "bigg", "big"), or
 * none when it has no such ending. Which of them is a word is for a
 * dictionary to say.
 */
export function baseFormsOf(word: string): string[] {
  const lower = word.toLowerCase();
  const ending = lower.endsWith("est") ? "est" : lower.endsWith("er") ? "er" : undefined;
  if (!ending) return [];
  const stem = lower.slice(0, -ending.length);
  const bases = new Set<string>();
  if (stem.endsWith("i")) bases.add(`${stem.slice(0, -1)}y`);
  bases.add(stem);
  bases.add(`${stem}e`);
  if (stem.slice(-1) === stem.slice(-2, -1)) bases.add(stem.slice(0, -1));
  return [...bases].filter((base) => base.length >= MIN_BASE_LENGTH);
}
