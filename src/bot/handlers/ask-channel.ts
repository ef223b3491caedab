import type { AnyThreadChannel, Message } from "discord.js";
import { DiscordAPIError, PermissionFlagsBits, RESTJSONErrorCodes } from "discord.js";
import { replyToQuestion } from "../answering.ts";
import { threadMessageKind } from "../ask-channels/follow-up.ts";
import { isQuestion } from "../ask-channels/question-shape.ts";
import { threadNameOf } from "../ask-channels/thread-name.ts";
import { threadQuestionOf } from "../ask-channels/thread-question.ts";
import type { ThreadRefusals } from "../ask-channels/thread-refusals.ts";
import type { BotContext } from "../context.ts";
import { slowDownNotice } from "../replies/notices.ts";
import type { ReplyPayload } from "../replies/reply-payload.ts";
import { questionIn } from "./mentions.ts";

/** Where a message stands among the ask channels: in one, or in a thread the bot started there. */
export type AskChannelPlace =
  | { kind: "channel"; message: Message<true> }
  | { kind: "thread"; message: Message<true>; thread: AnyThreadChannel };

/** What became of a message in an ask channel or one of its threads. */
export type AskChannelOutcome =
  | "answered"
  | "declined"
  | "not-a-question"
  | "rate-limited"
  | "rate-limited-silently"
  | "thread-exists";

/** The permissions a thread answer needs; without them the answer is a reply in the channel. */
const THREAD_PERMISSIONS = [
  PermissionFlagsBits.CreatePublicThreads,
  PermissionFlagsBits.SendMessagesInThreads,
];

/** Discord's answers meaning the bot may not open or write in the thread. */
const REFUSED = new Set<number | string>([
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.MissingAccess,
]);

/**
 * Where `message` stands among `channelIds`, or undefined when it is not
 * for the ask channels: written by a bot or by Discord itself (a system
 * message), outside a server, or in another channel or a thread the bot
 * did not start.
 */
export function askChannelPlaceOf(
  message: Message,
  channelIds: ReadonlySet<string>,
  botId: string,
): AskChannelPlace | undefined {
  if (channelIds.size === 0 || message.author.bot || message.system || !message.inGuild())
    return undefined;
  if (channelIds.has(message.channelId)) return { kind: "channel", message };
  const channel = message.channel;
  if (!channel.isThread() || channel.ownerId !== botId) return undefined;
  return channel.parentId !== null && channelIds.has(channel.parentId)
    ? { kind: "thread", message, thread: channel }
    : undefined;
}

/** What {@link handleAskChannelMessage} needs besides the context. */
export interface AskChannelParts {
  context: BotContext;
  refusals: ThreadRefusals;
}

/**
 * Answers a question posted in an ask channel in a public thread started
 * on it, named after it; a member's question in such a thread is answered
 * there, a follow-up read with the thread's first question (see
 * {@link threadMessageKind}). Messages that ask nothing get no answer and
 * do not count against the rate limit. Where Discord refuses the thread,
 * the answer is a reply in the channel, and the first refusal per channel
 * is logged.
 */
export async function handleAskChannelMessage(
  place: AskChannelPlace,
  { context, refusals }: AskChannelParts,
): Promise<AskChannelOutcome> {
  const { message } = place;
  const botId = message.client.user.id;
  const text = questionIn(message, botId);
  const kind = place.kind === "channel" ? channelMessageKind(text) : threadMessageKind(text);
  if (kind === "not-a-question") return "not-a-question";
  const decision = context.rateLimit.take(message.author.id);
  if (!decision.allowed) {
    if (!decision.notify) return "rate-limited-silently";
    await message.reply(slowDownNotice(decision.waitSeconds));
    return "rate-limited";
  }
  const followingUp =
    place.kind === "thread" && kind === "follow-up"
      ? await threadQuestionOf(place.thread, botId)
      : undefined;
  const { payload, declined } = replyToQuestion(context, {
    question: text,
    followingUp,
    askerId: message.author.id,
    ephemeral: false,
    askedIn: { id: message.id, guildId: message.guildId, channelId: message.channelId },
  });
  const outcome = declined ? "declined" : "answered";
  if (place.kind === "thread") {
    await message.reply(payload);
    return outcome;
  }
  const inThread = await answerInThread(message, text, payload, { context, refusals });
  if (inThread === "thread-exists") return "thread-exists";
  if (inThread === "refused") await message.reply(payload);
  return outcome;
}

/** A message in the ask channel itself is a question or nothing. */
function channelMessageKind(text: string): "complete" | "not-a-question" {
  return isQuestion(text) ? "complete" : "not-a-question";
}

/**
 * Starts a public thread on `message` and posts `payload` in it. Says
 * "refused" when the bot may not (known from its permissions, or learnt
 * from Discord), and "thread-exists" when the message already has one.
 */
async function answerInThread(
  message: Message<true>,
  question: string,
  payload: ReplyPayload,
  { context, refusals }: AskChannelParts,
): Promise<"sent" | "refused" | "thread-exists"> {
  const permissions = message.channel.permissionsFor(message.client.user);
  const allowed = permissions?.has(THREAD_PERMISSIONS) ?? true;
  if (!allowed || refusals.refused(message.channelId)) {
    noteRefusal(message.channelId, { context, refusals });
    return "refused";
  }
  try {
    const thread = await message.startThread({ name: threadNameOf(question) });
    await thread.send(payload);
    return "sent";
  } catch (error) {
    if (!(error instanceof DiscordAPIError)) throw error;
    if (error.code === RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage) return "thread-exists";
    if (!REFUSED.has(error.code)) throw error;
    noteRefusal(message.channelId, { context, refusals });
    return "refused";
  }
}

/** Remembers a refused thread, and logs how to fix it the first time in a channel. */
function noteRefusal(channelId: string, { context, refusals }: AskChannelParts): void {
  if (!refusals.record(channelId)) return;
  context.logger.warn("ask_channel_without_threads", {
    channel: channelId,
    fix: "give the bot Create Public Threads and Send Messages in Threads in this channel; until then it answers there as replies",
  });
}
