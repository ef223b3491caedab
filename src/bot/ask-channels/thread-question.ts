import type { AnyThreadChannel } from "discord.js";
import { questionIn } from "../handlers/mentions.ts";

/**
 * The question a thread was started on, read from Discord rather than
 * remembered, so it survives restarts and is the same on every shard: the
 * thread's starter message (its id is the thread's), without mentions of
 * the bot; the thread's name when that message is gone or unreadable.
 */
export async function threadQuestionOf(thread: AnyThreadChannel, botId: string): Promise<string> {
  try {
    const starter = await thread.fetchStarterMessage();
    const text = starter ? questionIn(starter, botId) : "";
    if (text !== "") return text;
  } catch {
    // Deleted, or not readable: the name still holds the question, cut at 100 characters.
  }
  return thread.name;
}
