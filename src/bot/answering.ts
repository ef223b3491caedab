import { encodeButtonId, questionCheck } from "./buttons/button-id.ts";
import type { BotContext } from "./context.ts";
import { buildAnswerReply } from "./replies/answer-reply.ts";
import type { ReplyPayload } from "./replies/reply-payload.ts";

/** Passages per page of an answer in Discord. */
export const PASSAGES_PER_PAGE = 3;

export interface AskRequest {
  question: string;
  askerId: string;
  ephemeral: boolean;
  mention?: string;
  /** First passage to show (for "More"). */
  offset?: number;
  /** The earlier question this one follows up, read with it (a thread's first question). */
  followingUp?: string;
}

/**
 * Answers a question for Discord: one page of passages, with "More" and
 * "Context" buttons that carry everything they need in their ids. Every way
 * of asking (slash command, context menu, mention, "More") goes through here.
 */
export function replyToQuestion(
  context: BotContext,
  request: AskRequest,
): { payload: ReplyPayload; passageCount: number; declined: boolean } {
  const offset = request.offset ?? 0;
  const answer = context.engine.answer(request.question, {
    limit: PASSAGES_PER_PAGE,
    offset,
    followingUp: request.followingUp,
  });
  // The engine says where the next page starts: a first page quotes only what answers.
  const hasMore = answer.nextOffset !== undefined;
  const first = answer.passages[0];
  const common = {
    content: context.contentFingerprint,
    askerId: request.askerId,
    ephemeral: request.ephemeral,
  };
  const buttons = first && {
    more: encodeButtonId({
      ...common,
      action: "more",
      offset: answer.nextOffset ?? offset + PASSAGES_PER_PAGE,
      questionCheck: questionCheck(request.question),
    }),
    context: encodeButtonId({
      ...common,
      action: "context",
      passageId: first.id,
      throughId: first.throughId,
    }),
  };
  const payload = buildAnswerReply({
    answer,
    catalog: context.catalog,
    offset,
    buttons,
    hasMore,
    mention: request.mention,
  });
  return { payload, passageCount: answer.passages.length, declined: answer.noAnswer };
}
