import type { BotContext } from "./context.ts";
import { buildAnswerReply } from "./replies/answer-reply.ts";
import type { ReplyPayload } from "./replies/reply-payload.ts";
import { textReply } from "./replies/reply-payload.ts";

/** Passages per page of an answer in Discord. */
export const PASSAGES_PER_PAGE = 3;

export interface AskRequest {
  question: string;
  askerId: string;
  ephemeral: boolean;
  mention?: string;
  /** First passage to show (for "More"). */
  offset?: number;
}

/**
 * Answers a question for Discord: one page of passages, with buttons bound
 * to a fresh session. Every way of asking (slash command, context menu,
 * mention, "More") goes through here.
 */
export function replyToQuestion(
  context: BotContext,
  request: AskRequest,
): { payload: ReplyPayload; passageCount: number; declined: boolean } {
  const offset = request.offset ?? 0;
  // One passage more than a page tells whether "More" will have something to show.
  const found = context.engine.answer(request.question, { limit: PASSAGES_PER_PAGE + 1, offset });
  const hasMore = found.passages.length > PASSAGES_PER_PAGE;
  const answer = { ...found, passages: found.passages.slice(0, PASSAGES_PER_PAGE) };
  const session = context.sessions.create({
    question: request.question,
    askerId: request.askerId,
    offset,
    passages: answer.passages.map(({ id, throughId }) => ({ id, throughId })),
    ephemeral: request.ephemeral,
  });
  const payload = buildAnswerReply({
    answer,
    catalog: context.catalog,
    offset,
    session,
    hasMore,
    mention: request.mention,
  });
  return { payload, passageCount: answer.passages.length, declined: answer.noAnswer };
}

/** The reply when a user asks faster than the cooldown allows, or null when they may ask. */
export function cooldownReply(context: BotContext, userId: string): ReplyPayload | null {
  const wait = context.cooldown.take(userId);
  return wait === 0 ? null : textReply(`You're asking quickly — try again in ${wait} s.`);
}
