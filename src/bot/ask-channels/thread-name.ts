import { LIMITS, truncate } from "../replies/discord-limits.ts";

/** What a thread is named when its question has no characters to show. */
const UNNAMED = "Question";

/**
 * The name of the thread answering `question`: the question on one line,
 * mentions and custom emoji markup shown as plain words, within Discord's
 * limit on channel names.
 */
export function threadNameOf(question: string): string {
  const plain = question
    .replace(/<a?:(\w+):\d+>/g, ":$1:")
    .replace(/<(?:@[!&]?|#)\d+>/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return truncate(plain || UNNAMED, LIMITS.threadName);
}
