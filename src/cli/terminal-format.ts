import type { Answer, QuotedPassage } from "../core/index.ts";

const BOLD = "\u001b[1m";
const DIM = "\u001b[2m";
const RESET = "\u001b[0m";

/** Where a passage stands: title, page (if paged) and paragraph. */
export function citation(passage: Pick<QuotedPassage, "title" | "page" | "paragraph">): string {
  // Paragraph 0 is the about passage, made from the document's front matter.
  if (passage.paragraph === 0) return `${passage.title}, about this document`;
  const page = passage.page === null ? "" : `, p. ${passage.page}`;
  return `${passage.title}${page}, ¶${passage.paragraph}`;
}

/** Printed above an answer given on thin evidence. */
export const LOW_CONFIDENCE_NOTE = "Closest passage found — it may not answer the question.";

/** Printed for a page past the last passage found (`--offset` beyond them). */
export const NO_PASSAGES_THERE =
  "No passages there: --offset skips every passage found for this question; try a smaller one.";

/** Renders an answer for a terminal; `color` bolds the answering sentence. */
export function formatAnswer(answer: Answer, color: boolean): string {
  const style = (code: string, text: string) => (color ? `${code}${text}${RESET}` : text);
  if (answer.noAnswer) {
    const lines = [answer.reason ?? "No answer."];
    if (answer.suggestions.length > 0) {
      lines.push("", "Nearest passages (not an answer):");
      for (const passage of answer.suggestions)
        lines.push(`  “${passage.text}”`, style(DIM, `    — ${citation(passage)}`));
    }
    return lines.join("\n");
  }
  if (answer.passages.length === 0) return NO_PASSAGES_THERE;
  const caveat = answer.confidence === "low" ? `${style(DIM, LOW_CONFIDENCE_NOTE)}\n\n` : "";
  const more =
    answer.nextOffset === undefined
      ? ""
      : `\n\n${style(DIM, `More passages follow: --offset ${answer.nextOffset} shows them.`)}`;
  return (
    caveat +
    answer.passages
      .map((passage, index) => {
        const { start, end } = passage.highlight;
        const text =
          passage.text.slice(0, start) +
          style(BOLD, passage.text.slice(start, end)) +
          passage.text.slice(end);
        return `${index + 1}. “${text}”\n   ${style(DIM, `— ${citation(passage)}`)}`;
      })
      .join("\n\n") +
    more
  );
}
