import type { APIEmbedField } from "discord.js";
import type { ReportQuestion, WordCount } from "../../store/records.ts";
import type { ReportSections } from "../../store/report-sections.ts";
import { entryDetails } from "../../store/report-sections.ts";
import { ANSWER_COLOR } from "./answer-reply.ts";
import { LIMITS, truncate } from "./discord-limits.ts";
import { escapeForDiscord } from "./escape.ts";
import type { ReplyPayload } from "./reply-payload.ts";
import { NO_PINGS } from "./reply-payload.ts";

/** Longest question shown in a report line: the line must fit beside nine others in a field. */
const QUESTION_CHARS = 70;

function questionLine(entry: ReportQuestion): string {
  const question = escapeForDiscord(truncate(entry.question.replace(/\s+/g, " "), QUESTION_CHARS));
  return `**${entry.asked}×** ${question} — ${entryDetails(entry)}`;
}

function wordsLine(words: readonly WordCount[]): string {
  return words.map(({ word, count }) => `\`${word.replaceAll("`", "")}\` ×${count}`).join(", ");
}

/** A field of the report's lines, cut to Discord's limit on a whole line. */
function field(name: string, lines: readonly string[], none: string): APIEmbedField {
  let value = "";
  for (const line of lines) {
    const next = value ? `${value}\n${line}` : line;
    if (next.length > LIMITS.embedFieldValue) break;
    value = next;
  }
  return { name, value: value || none };
}

/**
 * The `/report` reply: this server's most asked questions, the declined
 * ones, those voted Not helpful, and the words members use that the
 * documents lack, each with counts; a hint that synonyms close that gap.
 */
export function buildReportReply(sections: ReportSections, days: number): ReplyPayload {
  const period = `the last ${days} day${days === 1 ? "" : "s"}`;
  if (sections.mostAsked.length === 0)
    return {
      content: `No questions were asked in this server in ${period}.`,
      embeds: [],
      components: [],
      allowedMentions: NO_PINGS,
    };
  const words = wordsLine(sections.unknownWords);
  return {
    embeds: [
      {
        color: ANSWER_COLOR,
        title: `Questions asked in this server in ${period}`,
        fields: [
          field("Most asked", sections.mostAsked.map(questionLine), "None."),
          field("Declined", sections.declined.map(questionLine), "None declined."),
          field("Voted not helpful", sections.notHelpful.map(questionLine), "None."),
          {
            name: "Words members use that the documents lack",
            value: truncate(words || "None.", LIMITS.embedFieldValue),
          },
        ],
        footer: {
          text: "Map a missing word to the documents' word in content/synonyms.yml (e.g. kremlin: [moscow]); it applies from the next start.",
        },
      },
    ],
    components: [],
    allowedMentions: NO_PINGS,
  };
}
