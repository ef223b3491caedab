import type { ReplyPayload } from "./reply-payload.ts";
import { textReply } from "./reply-payload.ts";

/** The one notice a user gets per window when they ask faster than the rate limit allows. */
export function slowDownNotice(waitSeconds: number): ReplyPayload {
  return textReply(`You're asking quickly — try again in ${waitSeconds} s.`);
}

/** What an interaction that arrives while the bot is stopping gets. */
export function restartingNotice(): ReplyPayload {
  return textReply("The bot is restarting; ask again in a few seconds.");
}
