/**
 * Chat shorthand, read as what it stands for. People asking in a channel
 * write "r u", "bc", "w/", "abt", "the us"; the documents spell these out.
 * The table holds general English only: abbreviations any chat uses.
 */

/** Shorthand word (lower case) → the words it stands for. */
const SHORTHAND: Readonly<Record<string, string>> = {
  r: "are",
  u: "you",
  ur: "your",
  n: "and",
  bc: "because",
  bcuz: "because",
  cuz: "because",
  cos: "because",
  coz: "because",
  abt: "about",
  w: "with",
  wo: "without",
  bw: "between",
  btwn: "between",
  thru: "through",
  tho: "though",
  altho: "although",
  wat: "what",
  wut: "what",
  wht: "what",
  whats: "what is",
  wats: "what is",
  whos: "who is",
  wheres: "where is",
  whens: "when is",
  hows: "how is",
  whys: "why is",
  thats: "that is",
  theres: "there is",
  ppl: "people",
  peeps: "people",
  govt: "government",
  gov: "government",
  intl: "international",
  natl: "national",
  pres: "president",
  prez: "president",
  yr: "year",
  yrs: "years",
  wk: "week",
  wks: "weeks",
  msg: "message",
  info: "information",
  diff: "difference",
  prob: "probably",
  probs: "probably",
  sth: "something",
  smth: "something",
  tryna: "trying to",
  gonna: "going to",
  wanna: "want to",
  gotta: "got to",
  dunno: "do not know",
  lemme: "let me",
  gimme: "give me",
  kinda: "kind of",
  sorta: "sort of",
  b4: "before",
  any1: "anyone",
  some1: "someone",
  every1: "everyone",
  no1: "no one",
  "2day": "today",
  "2moro": "tomorrow",
  gr8: "great",
};

/** Shorthand written with a slash: "w/", "w/o", "b/w", "b/c". */
const SLASHED: Readonly<Record<string, string>> = {
  "w/": "with",
  "w/o": "without",
  "b/w": "between",
  "b/c": "because",
  "a/k/a": "also known as",
  aka: "also known as",
};

/**
 * Words of chat that say nothing about what is asked: they never count as
 * evidence for or against an answer.
 */
export const CHAT_FILLER: ReadonlySet<string> = new Set([
  "lol",
  "lmao",
  "rofl",
  "tbh",
  "tbf",
  "imo",
  "imho",
  "idk",
  "iirc",
  "afaik",
  "btw",
  "fyi",
  "rn",
  "pls",
  "plz",
  "please",
  "thx",
  "thanks",
  "ty",
  "hey",
  "hi",
  "hello",
  "yo",
  "ok",
  "okay",
  "um",
  "uh",
  "hmm",
  "like",
  "just",
  "really",
  "actually",
  "basically",
  "literally",
  "even",
  "anyway",
  "stuff",
  "things",
  "thing",
  "lot",
  "lots",
  "kind",
  "kinda",
  "sort",
  "sorta",
  "guys",
  "guy",
  "people",
  "someone",
  "anyone",
  "somebody",
  "anybody",
  "know",
  "wondering",
  "curious",
  "quick",
  "question",
  "tldr",
  "tl;dr",
  "bot",
  "pretty",
  "gonna",
  "wanna",
  "tryna",
  "ya",
  "yeah",
  "nah",
  "omg",
  "wtf",
  "smh",
  "ngl",
  "fr",
  "though",
  "vs",
]);

/** Dotted or lower-case spellings of the United States, read as the acronym the documents use. */
const UNITED_STATES = /(?<![\p{L}.])(?:the\s+us\b|u\.s\.(?:a\.)?|usa\b)/giu;

/** Decades written short: "the 80s", "'90s" (the twenties to nineties of the 1900s). */
const SHORT_DECADE = /(?<![\p{L}\p{N}])[’']?([2-9]0)s\b/gu;

/**
 * Rewrites chat shorthand in `question` as the words it stands for
 * ("r u" → "are you", "w/" → "with", "the us" → "the U.S.", "the 80s" →
 * "the 1980s"). Words that are
 * not shorthand are left exactly as written, case included.
 */
export function expandShorthand(question: string): string {
  const withStates = question
    .replace(UNITED_STATES, (match) => (/^the/i.test(match) ? "the U.S." : "U.S."))
    .replace(SHORT_DECADE, (_match, decade: string) => `19${decade}s`);
  return withStates.replace(/[\p{L}\p{N}]+(?:\/[\p{L}\p{N}]*)*/gu, (word) => {
    const lower = word.toLowerCase();
    if (Object.hasOwn(SLASHED, lower)) return SLASHED[lower] as string;
    if (word !== lower) return word;
    return Object.hasOwn(SHORTHAND, lower) ? (SHORTHAND[lower] as string) : word;
  });
}
