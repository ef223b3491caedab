import type { Passage, QuotedPassage } from "../../core/index.ts";
import { quotedPassageOf } from "../../core/index.ts";
import type { DocumentInfo } from "../catalog.ts";
import { ANSWER_COLOR, citationLine } from "./answer-reply.ts";
import { LIMITS, truncate } from "./discord-limits.ts";
import { quotePassage } from "./quote-passage.ts";
import type { ReplyPayload } from "./reply-payload.ts";
import { NO_PINGS } from "./reply-payload.ts";

/** A passage as replies quote it, whole (the highlight covers all of it). */
function asQuoted(passage: Passage): QuotedPassage {
  return quotedPassageOf(passage, 0, { start: 0, end: passage.text.length });
}

/**
 * The passages around a quoted one: what comes before, the passage itself in
 * bold, what comes after. Sent to the person who asked for it only.
 */
export function buildContextReply(
  passage: Passage,
  neighbours: { before: Passage | null; after: Passage | null },
  catalog: ReadonlyMap<string, DocumentInfo>,
): ReplyPayload {
  const budget = Math.floor((LIMITS.embedDescription - 300) / 3);
  const parts = [
    neighbours.before
      ? quotePassage(asQuoted(neighbours.before), budget, false)
      : "*(start of the document)*",
    quotePassage(asQuoted(passage), budget, true),
    neighbours.after
      ? quotePassage(asQuoted(neighbours.after), budget, false)
      : "*(end of the document)*",
  ];
  const description = `${parts.join("\n\n")}\n\n${citationLine(asQuoted(passage), catalog)}`;
  return {
    embeds: [
      {
        color: ANSWER_COLOR,
        title: "In context",
        description: truncate(description, LIMITS.embedDescription),
      },
    ],
    components: [],
    allowedMentions: NO_PINGS,
  };
}
