import type { Answer } from "../core/index.ts";
import { PAGE_SIZE } from "../core/index.ts";
import type { Outcome, QuestionRecord } from "../store/records.ts";
import { encodeButtonId, questionCheck } from "./buttons/button-id.ts";
import { encodeFeedbackId } from "./buttons/feedback-id.ts";
import type { BotContext } from "./context.ts";
import { buildAnswerReply } from "./replies/answer-reply.ts";
import type { ReplyPayload } from "./replies/reply-payload.ts";

/**
 * Longest question text kept: enough to read what was asked in a report,
 * and a bound on what one question can add to the store.
 */
export const MAX_KEPT_QUESTION_CHARS = 1000;

/** Where a question was asked: what keeping it needs besides the answer. */
export interface AskedIn {
  /** Discord id of the interaction or message that asked: the question's id in the store. */
  id: string;
  /** Null in a DM. */
  guildId: string | null;
  channelId: string | null;
}

/** Where an interaction was sent from, as a question asked by it is kept. */
export function askedInOf(interaction: {
  id: string;
  guildId: string | null;
  channelId: string | null;
}): AskedIn {
  return { id: interaction.id, guildId: interaction.guildId, channelId: interaction.channelId };
}

export interface AskRequest {
  question: string;
  askerId: string;
  ephemeral: boolean;
  mention?: string;
  /** First passage to show (for "More"). */
  offset?: number;
  /** Where it was asked: the question is kept, and its answer carries feedback buttons. */
  askedIn?: AskedIn;
  /** For "More": the id the question is kept under, so the next page keeps its feedback buttons. */
  questionId?: string;
  /** The earlier question this one follows up, read with it (a thread's first question). */
  followingUp?: string;
}

/**
 * Answers a question for Discord: one page of passages, with "More" and
 * "Context" buttons that carry everything they need in their ids, and
 * "Helpful" / "Not helpful" when questions are kept. Every way of asking
 * (slash command, context menu, mention, "More") goes through here; a new
 * question ({@link AskRequest.askedIn}) is queued to be kept, off the reply's path.
 */
export function replyToQuestion(
  context: BotContext,
  request: AskRequest,
): { payload: ReplyPayload; passageCount: number; declined: boolean } {
  const offset = request.offset ?? 0;
  const answer = context.engine.answer(request.question, {
    limit: PAGE_SIZE,
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
      offset: answer.nextOffset ?? offset + PAGE_SIZE,
      questionCheck: questionCheck(request.question),
    }),
    context: encodeButtonId({
      ...common,
      action: "context",
      passageId: first.id,
      throughId: first.throughId,
    }),
  };
  const { recorder } = context;
  if (recorder && request.askedIn)
    recorder.record(recordOf(context, request, request.askedIn, answer));
  const questionId = request.askedIn?.id ?? request.questionId;
  const feedback =
    recorder && questionId && !answer.noAnswer
      ? {
          helpful: encodeFeedbackId({ questionId, helpful: true }),
          notHelpful: encodeFeedbackId({ questionId, helpful: false }),
        }
      : undefined;
  const payload = buildAnswerReply({
    answer,
    catalog: context.catalog,
    offset,
    buttons,
    feedback,
    hasMore,
    mention: request.mention,
  });
  return { payload, passageCount: answer.passages.length, declined: answer.noAnswer };
}

/** How an answer went, as the store keeps it. */
export function outcomeOf(answer: Answer): Outcome {
  if (answer.noAnswer) return "declined";
  return answer.confidence === "low" ? "low" : "answered";
}

function recordOf(
  context: BotContext,
  request: AskRequest,
  askedIn: AskedIn,
  answer: Answer,
): QuestionRecord {
  return {
    ...askedIn,
    askerId: request.askerId,
    askedAt: Date.now(),
    question: request.question.slice(0, MAX_KEPT_QUESTION_CHARS),
    outcome: outcomeOf(answer),
    passages: answer.passages.map(({ id, throughId }) =>
      throughId > id ? `${id}-${throughId}` : String(id),
    ),
    content: context.contentFingerprint,
    unknownWords: answer.unknownWords ?? [],
  };
}
