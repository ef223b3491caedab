import type { APIButtonComponent, APIEmbed } from "discord.js";
import { ButtonStyle, ComponentType } from "discord.js";
import type { Answer, QuotedPassage } from "../../core/index.ts";
import { normalizeQuestion } from "../buttons/button-id.ts";
import type { DocumentInfo } from "../catalog.ts";
import { LIMITS, truncate } from "./discord-limits.ts";
import { escapeForDiscord, markdownLink, unescapeForDiscord } from "./escape.ts";
import { quotePassage } from "./quote-passage.ts";
import type { ReplyPayload } from "./reply-payload.ts";
import { mentionOf } from "./reply-payload.ts";

/** Embed colour of an answer and the bot's other replies: Discord's blurple. */
export const ANSWER_COLOR = 0x5865f2;
/** Embed colour of a declined answer: grey, so a refusal does not look like an answer. */
export const DECLINE_COLOR = 0x99aab5;

export interface AnswerReplyOptions {
  answer: Answer;
  catalog: ReadonlyMap<string, DocumentInfo>;
  /** Number of the first passage shown, from 0 ("More" pages on). */
  offset?: number;
  /** Custom ids of the "More" and "Context" buttons; none without them. */
  buttons?: { more: string; context: string };
  /** Custom ids of the "Helpful" and "Not helpful" buttons of an answer; none without them. */
  feedback?: { helpful: string; notHelpful: string };
  /** Whether a further page of passages exists. */
  hasMore?: boolean;
  /** User the answer is pointed at (the only one who may be pinged). */
  mention?: string;
}

/** Where a passage stands: title, page, link to the source. Escaped, ready for an embed. */
export function citationLine(
  passage: Pick<QuotedPassage, "document" | "title" | "page">,
  catalog: ReadonlyMap<string, DocumentInfo>,
): string {
  const info = catalog.get(passage.document);
  const title = `*${escapeForDiscord(truncate(passage.title, 150))}*`;
  const page = passage.page === null ? "" : `, p. ${passage.page}`;
  const link = info?.url ? ` · ${markdownLink("source", info.url)}` : "";
  return `— ${title}${page}${link}`;
}

/** What a question shows as when none was given. */
const UNTITLED = "Your question";

/**
 * The embed title of an answer: the question, on one line, escaped. "More"
 * reads the question back from it ({@link questionFromTitle}).
 */
function titleOf(question: string): string {
  return truncate(escapeForDiscord(normalizeQuestion(question)) || UNTITLED, LIMITS.embedTitle);
}

/**
 * The question an answer's embed title shows, as {@link titleOf} wrote it
 * (a long question comes back cut, which the button's question check tells).
 */
export function questionFromTitle(title: string): string {
  return title === UNTITLED ? "" : unescapeForDiscord(title);
}

/**
 * Whether "More" can read `question` back whole from the title of its
 * answer: not when the title had to cut it (a long question, or one whose
 * Markdown escaping makes it long), nor when there is none.
 */
export function titleCarriesQuestion(question: string): boolean {
  const readBack = questionFromTitle(titleOf(question));
  return readBack !== "" && readBack === normalizeQuestion(question);
}

/**
 * The reply to a question: up to three quoted passages, the answering sentence
 * in bold, each cited; or, when declined, the reason and the nearest passages
 * clearly marked as suggestions. Always within Discord's embed limits.
 */
export function buildAnswerReply(options: AnswerReplyOptions): ReplyPayload {
  const { answer, catalog, offset = 0 } = options;
  const title = titleOf(answer.question);
  const embed: APIEmbed = answer.noAnswer
    ? declinedEmbed(answer, catalog)
    : answeredEmbed(answer, catalog, offset);
  embed.title = title;
  const row = options.buttons ? buttonRow(options, answer) : null;
  return { ...mentionOf(options.mention), embeds: [embed], components: row ? [row] : [] };
}

/** Shown above an answer given on thin evidence. */
export const LOW_CONFIDENCE_NOTE = "*Closest passage found — it may not answer the question.*";

function answeredEmbed(
  answer: Answer,
  catalog: ReadonlyMap<string, DocumentInfo>,
  offset: number,
): APIEmbed {
  const passages = answer.passages;
  const perPassage = Math.floor((LIMITS.embedDescription - 40) / Math.max(1, passages.length));
  const blocks = passages.map((passage, index) => {
    const citation = citationLine(passage, catalog);
    const quote = quotePassage(passage, perPassage - citation.length - 12);
    return `**${offset + index + 1}.**\n${quote}\n${citation}`;
  });
  const first = offset + 1;
  const last = offset + passages.length;
  // Thin evidence: say so rather than present the passage as the answer.
  const caveat = answer.confidence === "low" ? `${LOW_CONFIDENCE_NOTE}\n\n` : "";
  return {
    color: ANSWER_COLOR,
    description: truncate(caveat + blocks.join("\n\n"), LIMITS.embedDescription),
    footer: {
      text: `${first === last ? `Passage ${first}` : `Passages ${first}–${last}, best first`} · the answering sentence is in bold`,
    },
  };
}

function declinedEmbed(answer: Answer, catalog: ReadonlyMap<string, DocumentInfo>): APIEmbed {
  const reason = escapeForDiscord(answer.reason ?? "No answer.");
  const suggestions = answer.suggestions.slice(0, 2);
  const perPassage = Math.floor((LIMITS.embedDescription - 300) / Math.max(1, suggestions.length));
  const blocks = suggestions.map((passage) => {
    const citation = citationLine(passage, catalog);
    return `${quotePassage(passage, perPassage - citation.length - 4, false)}\n${citation}`;
  });
  const description =
    blocks.length === 0
      ? `${reason}\nTry other words, or run \`/about\` to see what the article is about.`
      : `${reason}\n\n**Nearest passages — not an answer:**\n${blocks.join("\n\n")}`;
  return { color: DECLINE_COLOR, description: truncate(description, LIMITS.embedDescription) };
}

/**
 * "More", "Context", "Source", "Helpful" and "Not helpful" buttons, or null
 * when none applies (a row may not be empty): five at most, as a row holds.
 */
function buttonRow(
  options: AnswerReplyOptions,
  answer: Answer,
): ReplyPayload["components"][number] | null {
  const buttons: APIButtonComponent[] = [];
  if (!answer.noAnswer && options.buttons) {
    buttons.push(
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: options.buttons.more,
        label: "More",
        // Never offered when it could only answer "ask again in fewer words".
        disabled: options.hasMore === false || !titleCarriesQuestion(answer.question),
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: options.buttons.context,
        label: "Context",
      },
    );
  }
  const url = answer.passages[0]
    ? options.catalog.get(answer.passages[0].document)?.url
    : undefined;
  if (url)
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Link, url, label: "Source" });
  if (!answer.noAnswer && options.feedback) {
    buttons.push(
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: options.feedback.helpful,
        label: "Helpful",
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: options.feedback.notHelpful,
        label: "Not helpful",
      },
    );
  }
  if (buttons.length > LIMITS.buttonsPerRow) throw new RangeError("too many buttons for one row");
  return buttons.length === 0 ? null : { type: ComponentType.ActionRow, components: buttons };
}
