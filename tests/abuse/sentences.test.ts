/**
 * Splitting a long paragraph: a window at a time, so the work stays linear
 * (80 KB of "A. " took 2.7 s whole), with the boundaries `Intl.Segmenter`
 * gives the whole text. Timing is measured by `npm run bench`, not here.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/core/passages/sentences.ts";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Where each segment of the whole text ends, trailing space excluded, as splitting used to see them. */
function wholeSegmentEnds(text: string): Set<number> {
  return new Set(
    [...segmenter.segment(text)].map(({ index, segment }) => index + segment.trimEnd().length),
  );
}

describe("splitting a paragraph far longer than a window", () => {
  it("ends sentences only where Intl.Segmenter does on the whole of the text", () => {
    const once = readFileSync("content/newest-power-couple.md", "utf8")
      .replace(/^---[\s\S]*?\n---\n/, "")
      .replace(/\s+/g, " ")
      .trim();
    // The article's text ten times over, as one paragraph: windows cut it in many places.
    const article = Array.from({ length: 10 }, () => once).join(" ");
    expect(article.length).toBeGreaterThan(20_000);
    const split = splitSentences(article);
    const whole = wholeSegmentEnds(article);
    expect(split.length).toBeGreaterThan(100);
    for (const sentence of split) expect(whole.has(sentence.end), String(sentence.end)).toBe(true);
    expect(split.at(-1)?.end).toBe(article.length);
  });

  it("splits 80 KB of abbreviations, and a sentence longer than any window", () => {
    expect(splitSentences("A. ".repeat(27_000))).toEqual([{ start: 0, end: 80_999 }]);
    const long = `${"word ".repeat(3_000)}ends here. Then a short one. And another.`;
    expect(splitSentences(long).map((span) => long.slice(span.start, span.end))).toEqual([
      `${"word ".repeat(3_000)}ends here.`,
      "Then a short one.",
      "And another.",
    ]);
  });
});
