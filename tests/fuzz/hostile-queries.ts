import fc from "fast-check";

/** Pieces that have broken chat bots: mentions, Markdown, invisible and control characters, scripts, regex syntax. */
const HOSTILE_PIECES = [
  "@everyone",
  "@here",
  "<@&123456789012345678>",
  "<@123456789012345678>",
  "<@!123456789012345678>",
  "<#123456789012345678>",
  "</ask:123456789012345678>",
  "<t:1700000000:R>",
  "<a:emoji:123456789012345678>",
  "**bold**",
  "__underline__",
  "~~strike~~",
  "||spoiler||",
  "`code`",
  "```js\nalert(1)\n```",
  "> quote",
  "# heading",
  "-# subtext",
  "- item",
  "1. item",
  "[link](https://evil.example)",
  "https://evil.example",
  "\\",
  "\u200b",
  "\u200c",
  "\u200d",
  "\u2060",
  "\ufeff",
  "\u202e",
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\r\n",
  "\t",
  "روسیه و ایران",
  "Россия",
  "俄罗斯和伊朗",
  "🇮🇷🇷🇺🤔",
  "👩‍👩‍👧‍👦",
  ".*+?^$\u007B}()|[]\\/",
  "(?<name>a)\\k<name>",
  "Russia",
  "Iran",
  "Putin",
  "Assad",
  "What did Lavrov say?",
  "why",
  "the",
];

/** A query as a hostile or careless user might type it, up to 6,000 characters. */
export const hostileQuery: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 12 })), {
        maxLength: 12,
      })
      .map((parts) => parts.join(" ")),
  },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...HOSTILE_PIECES), fc.integer({ min: 100, max: 6000 }))
      .map(([piece, length]) =>
        piece.repeat(Math.ceil(length / Math.max(1, piece.length))).slice(0, length),
      ),
  },
);
