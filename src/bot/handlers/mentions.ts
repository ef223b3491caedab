import type { Client, Message } from "discord.js";
import { replyToQuestion } from "../answering.ts";
import type { BotContext } from "../context.ts";
import { slowDownNotice } from "../replies/notices.ts";
import { textReply } from "../replies/reply-payload.ts";

/** Whether `message` is a question for the bot: a DM, or a message that mentions it by name. */
export function isQuestionForBot(message: Message, client: Client<true>): boolean {
  if (message.author.bot || message.author.id === client.user.id) return false;
  if (!message.inGuild()) return true;
  return message.mentions.has(client.user, {
    ignoreEveryone: true,
    ignoreRoles: true,
    ignoreRepliedUser: true,
  });
}

/** The question in a message, without the mentions of the bot. */
export function questionIn(message: Message, botId: string): string {
  return message.content
    .replace(new RegExp(`<@!?${botId}>`, "g"), " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Answers "@Bot why does Russia back Assad?" (and DMs) with a reply quoting
 * the article. Every message counts against the rate limit, the bare-mention
 * help too; past it, one "slow down" reply per window, then silence.
 */
export async function handleMention(
  message: Message,
  context: BotContext,
): Promise<"answered" | "declined" | "help" | "rate-limited" | "rate-limited-silently"> {
  const decision = context.rateLimit.take(message.author.id);
  if (!decision.allowed) {
    if (!decision.notify) return "rate-limited-silently";
    await message.reply(slowDownNotice(decision.waitSeconds));
    return "rate-limited";
  }
  const question = questionIn(message, message.client.user.id);
  if (question === "") {
    await message.reply(
      textReply(
        "Ask me a question about the article, e.g. “@me why does Russia back Assad?”, or use `/ask`.",
      ),
    );
    return "help";
  }
  const { payload, declined } = replyToQuestion(context, {
    question,
    askerId: message.author.id,
    ephemeral: false,
    askedIn: { id: message.id, guildId: message.guildId, channelId: message.channelId },
  });
  await message.reply(payload);
  return declined ? "declined" : "answered";
}
