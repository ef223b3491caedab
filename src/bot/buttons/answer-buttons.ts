import { replyToQuestion } from "../answering.ts";
import type { BotContext } from "../context.ts";
import { questionFromTitle } from "../replies/answer-reply.ts";
import { buildContextReply } from "../replies/context-reply.ts";
import type { ReplyPayload } from "../replies/reply-payload.ts";
import { textReply } from "../replies/reply-payload.ts";
import type { ContextButton, MoreButton } from "./button-id.ts";
import { decodeButtonId, isAnswerButtonId, questionCheck } from "./button-id.ts";

/** A click on a button, as any transport (gateway or HTTP) delivers it. */
export interface ButtonClick {
  customId: string;
  userId: string;
  /** The message the button sits on. */
  message: {
    /** Title of its first embed: an answer's question. */
    title?: string;
    /** Whether only its recipient sees it. */
    ephemeral: boolean;
    /** The id its question is kept under, read from its feedback buttons. */
    questionId?: string;
  };
}

/** How to answer a click: replace the message the button sits on, or send a new private one. */
export type ButtonResponse =
  | { kind: "update"; payload: ReplyPayload }
  | { kind: "private"; payload: ReplyPayload };

export const BUTTON_NOT_RECOGNISED = "This button is not recognised.";
export const CONTENT_CHANGED =
  "The article has changed since this answer, so this button can no longer show what it pointed to. Ask again with `/ask`.";
export const QUESTION_NOT_ON_MESSAGE =
  "This question is too long to page from its message; ask again with `/ask` in fewer words.";

const privately = (text: string): ButtonResponse => ({ kind: "private", payload: textReply(text) });

/**
 * Answers a click on "More" or "Context" from the button's id and the
 * message it sits on alone. "More": the asker's answer pages on in place;
 * anyone else gets the next page to themselves. "Context": the passages
 * around the first one shown, privately. A private answer's buttons work for
 * its asker only.
 */
export function respondToButton(click: ButtonClick, context: BotContext): ButtonResponse {
  const button = decodeButtonId(click.customId);
  if (!button) return privately(BUTTON_NOT_RECOGNISED);
  if (button.content !== context.contentFingerprint) return privately(CONTENT_CHANGED);
  const ephemeral = button.ephemeral || click.message.ephemeral;
  const isAsker = click.userId === button.askerId;
  if (button.action === "context") {
    if (ephemeral && !isAsker)
      return privately("Only the person who asked can see this answer's context.");
    return contextOf(button, context);
  }
  if (ephemeral && !isAsker) return privately("Only the person who asked can page this answer.");
  return moreOf(button, click, context, { ephemeral, isAsker });
}

/** Whether a custom id is meant for {@link respondToButton}. */
export function isAnswerButton(customId: string): boolean {
  return isAnswerButtonId(customId);
}

function contextOf(button: ContextButton, context: BotContext): ButtonResponse {
  const passage = context.engine.passageOf(button.passageId, button.throughId);
  if (!passage) return privately(CONTENT_CHANGED);
  return {
    kind: "private",
    payload: buildContextReply(passage, context.engine.neighbours(passage), context.catalog),
  };
}

function moreOf(
  button: MoreButton,
  click: ButtonClick,
  context: BotContext,
  who: { ephemeral: boolean; isAsker: boolean },
): ButtonResponse {
  const question = questionFromTitle(click.message.title ?? "");
  if (question === "" || questionCheck(question) !== button.questionCheck)
    return privately(QUESTION_NOT_ON_MESSAGE);
  const { payload, passageCount } = replyToQuestion(context, {
    question,
    askerId: click.userId,
    ephemeral: who.ephemeral || !who.isAsker,
    offset: button.offset,
    // The asker's page replaces the message: it keeps the message's feedback buttons.
    questionId: who.isAsker ? click.message.questionId : undefined,
  });
  if (passageCount === 0) return privately("No more passages for this question.");
  return who.isAsker ? { kind: "update", payload } : { kind: "private", payload };
}
