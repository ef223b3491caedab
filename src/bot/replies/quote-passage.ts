import type { QuotedPassage } from "../../core/index.ts";
import { escapeForDiscord } from "./escape.ts";

/**
 * Renders `passage` as a Discord block quote within `maxChars`, the sentence
 * that answers in bold. Text is cut before escaping, so an escape is never
 * split; the cut shrinks until the escaped result fits.
 */
export function quotePassage(passage: QuotedPassage, maxChars: number, highlight = true): string {
  let budget = passage.text.length;
  for (;;) {
    const rendered = render(passage, budget, highlight);
    if (rendered.length <= maxChars || budget <= 20) return rendered.slice(0, maxChars);
    budget = Math.floor(budget * Math.min(0.9, maxChars / rendered.length));
  }
}

function render(passage: QuotedPassage, budget: number, highlight: boolean): string {
  const cut = budget < passage.text.length;
  const text = cut ? passage.text.slice(0, budget) : passage.text;
  const start = Math.min(passage.highlight.start, text.length);
  const end = Math.min(passage.highlight.end, text.length);
  const answer = escapeForDiscord(text.slice(start, end)).trim();
  const body =
    highlight && answer
      ? `${escapeForDiscord(text.slice(0, start))}**${answer}**${escapeForDiscord(text.slice(end))}`
      : escapeForDiscord(text);
  return `> ${body.replace(/\n/g, "\n> ")}${cut ? "…" : ""}`;
}
