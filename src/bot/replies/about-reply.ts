import type { APIEmbedField } from "discord.js";
import type { DocumentInfo } from "../catalog.ts";
import { ANSWER_COLOR } from "./answer-reply.ts";
import { counted } from "./counted.ts";
import { LIMITS, truncate } from "./discord-limits.ts";
import { escapeForDiscord } from "./escape.ts";
import type { ReplyPayload } from "./reply-payload.ts";
import { NO_PINGS } from "./reply-payload.ts";

export interface AboutFacts {
  documents: readonly DocumentInfo[];
  passageCount: number;
  quotationCount: number;
  version: string;
}

/** The reply to `/about`: what the bot answers from, how much is indexed, and its version. */
export function buildAboutReply(facts: AboutFacts): ReplyPayload {
  const [main] = facts.documents;
  const fields: APIEmbedField[] = [];
  const field = (name: string, value: string | undefined, inline = true) => {
    if (value)
      fields.push({
        name,
        value: truncate(escapeForDiscord(value), LIMITS.embedFieldValue),
        inline,
      });
  };
  if (facts.documents.length === 1 && main) {
    field("Author", main.author);
    field("Publication", main.publication);
    field("Pages", main.pages);
    // In angle brackets the whole address is one link, whatever Markdown it holds (it holds no ">").
    if (main.url) fields.push({ name: "Source", value: `<${main.url}>`, inline: false });
  } else {
    const list = facts.documents
      .map((d) => `• ${escapeForDiscord(truncate(d.title, 90))}`)
      .join("\n");
    fields.push({
      name: "Documents",
      value: truncate(list, LIMITS.embedFieldValue),
      inline: false,
    });
  }
  field(
    "Indexed",
    [
      counted(facts.documents.length, "document"),
      counted(facts.passageCount, "passage"),
      counted(facts.quotationCount, "quotation"),
    ].join(", "),
    false,
  );
  const title =
    facts.documents.length === 1 && main ? main.title : `${facts.documents.length} documents`;
  return {
    embeds: [
      {
        color: ANSWER_COLOR,
        title: truncate(escapeForDiscord(title), LIMITS.embedTitle),
        description:
          "Ask with `/ask`, mention me with a question, or search quotations with `/quote`. Every answer quotes the text and says where it stands.",
        fields: fields.slice(0, LIMITS.embedFields),
        footer: { text: `Article Q&A Bot v${facts.version}` },
      },
    ],
    components: [],
    allowedMentions: NO_PINGS,
  };
}
