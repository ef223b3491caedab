import type { APIEmbed } from "discord.js";
import type { Quotation } from "../../core/speech/quotations.ts";
import type { DocumentInfo } from "../catalog.ts";
import { ANSWER_COLOR, DECLINE_COLOR } from "./answer-reply.ts";
import { LIMITS, truncate } from "./discord-limits.ts";
import { escapeForDiscord, markdownLink } from "./escape.ts";
import type { ReplyPayload } from "./reply-payload.ts";
import { mentionOf } from "./reply-payload.ts";

/** Quotations shown in one reply. */
export const QUOTES_PER_REPLY = 5;

/** Who a quotation is from, as the text tells. */
export function attribution(quotation: Quotation): string {
  if (quotation.speaker) return quotation.speaker;
  if (quotation.describedAs) return quotation.describedAs;
  return "unattributed";
}

/** The reply to `/quote`: matching quotations with who said them and where. */
export function buildQuoteReply(
  found: readonly Quotation[],
  catalog: ReadonlyMap<string, DocumentInfo>,
  request: { search?: string; speaker?: string; mention?: string },
): ReplyPayload {
  const shown = found.slice(0, QUOTES_PER_REPLY);
  const asked = [
    request.search && `“${request.search}”`,
    request.speaker && `by ${request.speaker}`,
  ]
    .filter(Boolean)
    .join(" ");
  const title = truncate(
    escapeForDiscord(asked ? `Quotations matching ${asked}` : "Quotations in the article"),
    LIMITS.embedTitle,
  );
  let embed: APIEmbed;
  if (shown.length === 0) {
    embed = {
      color: DECLINE_COLOR,
      title,
      description: "No quotation matches. Run `/quote` with no options to list them all.",
    };
  } else {
    const budget = Math.floor((LIMITS.embedDescription - 100) / shown.length);
    const blocks = shown.map((quotation) => {
      const page = quotation.page === null ? "" : `, p. ${quotation.page}`;
      const url = catalog.get(quotation.document)?.url;
      const source = url ? ` · ${markdownLink("source", url)}` : "";
      const who = `— **${escapeForDiscord(truncate(attribution(quotation), 120))}**${page}${source}`;
      const words = escapeForDiscord(
        truncate(quotation.text, Math.floor((budget - who.length - 10) / 2)),
      );
      return `> “${words}”\n${who}`;
    });
    const more =
      found.length > shown.length
        ? `\n\n*${found.length - shown.length} more — narrow it with \`search\` or \`speaker\`.*`
        : "";
    embed = {
      color: ANSWER_COLOR,
      title,
      description: truncate(blocks.join("\n\n") + more, LIMITS.embedDescription),
    };
  }
  return { ...mentionOf(request.mention), embeds: [embed], components: [] };
}
