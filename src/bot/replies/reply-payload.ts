import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from "discord.js";

/** A reply as every builder returns it: plain data discord.js sends as is. */
export interface ReplyPayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowedMentions: { parse: []; users?: string[]; repliedUser?: boolean };
}

/** Mentions nobody: no @everyone, no roles, no users, not even the replied-to author. */
export const NO_PINGS: ReplyPayload["allowedMentions"] = { parse: [], repliedUser: false };

/** A line pointing the reply at `userId`, and the mentions that let only that user be pinged. */
export function mentionOf(
  userId: string | undefined,
): Pick<ReplyPayload, "content" | "allowedMentions"> {
  if (!userId || !/^\d{17,20}$/.test(userId)) return { allowedMentions: NO_PINGS };
  return {
    content: `<@${userId}>`,
    allowedMentions: { parse: [], users: [userId], repliedUser: false },
  };
}

/** A short text reply, e.g. an error or a hint. */
export function textReply(text: string): ReplyPayload {
  return { content: text.slice(0, 2000), embeds: [], components: [], allowedMentions: NO_PINGS };
}
