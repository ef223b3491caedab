import type { Message } from "discord.js";
import type { BotContext } from "./context.ts";
import type { AskChannelParts, AskChannelPlace } from "./handlers/ask-channel.ts";
import { handleAskChannelMessage } from "./handlers/ask-channel.ts";
import { handleMention } from "./handlers/mentions.ts";

/** Milliseconds since `started`, to two decimals, for the log. */
function since(started: number): number {
  return Math.round((performance.now() - started) * 100) / 100;
}

/** Whether an outcome means the bot said something. */
function spoke(outcome: string): boolean {
  return outcome !== "error" && outcome !== "rate-limited-silently";
}

/**
 * Answers a mention or DM and logs one line with its outcome and latency;
 * resolves with whether a reply was sent. Never rejects.
 */
export async function answerMention(message: Message, context: BotContext): Promise<boolean> {
  const started = performance.now();
  let outcome: string;
  try {
    outcome = await handleMention(message, context);
  } catch (error) {
    outcome = "error";
    context.logger.error("mention_failed", { user: message.author.id, error });
  }
  context.logger.info("interaction", {
    kind: message.inGuild() ? "mention" : "dm",
    user: message.author.id,
    latencyMs: since(started),
    outcome,
  });
  return spoke(outcome);
}

/**
 * Answers a message in an ask channel or one of its threads and logs one
 * line with its outcome and latency (a message that asks nothing, at debug
 * level only); resolves with whether the bot spoke. Never rejects.
 */
export async function answerAskChannel(
  place: AskChannelPlace,
  parts: AskChannelParts,
): Promise<boolean> {
  const { message } = place;
  const { logger } = parts.context;
  const started = performance.now();
  let outcome: string;
  try {
    outcome = await handleAskChannelMessage(place, parts);
  } catch (error) {
    outcome = "error";
    logger.error("ask_channel_failed", { user: message.author.id, error });
  }
  if (outcome === "not-a-question" || outcome === "thread-exists") {
    logger.debug("ask_channel_skipped", { message: message.id, outcome });
    return false;
  }
  const kind = place.kind === "channel" ? "ask-channel" : "ask-thread";
  logger.info("interaction", {
    kind,
    user: message.author.id,
    message: message.id,
    latencyMs: since(started),
    outcome,
  });
  return spoke(outcome);
}
