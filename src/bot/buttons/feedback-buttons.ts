import type { BotContext } from "../context.ts";
import { FLUSH_INTERVAL_MS } from "../recorder.ts";
import type { ReplyPayload } from "../replies/reply-payload.ts";
import { textReply } from "../replies/reply-payload.ts";
import { BUTTON_NOT_RECOGNISED } from "./answer-buttons.ts";
import { decodeFeedbackId } from "./feedback-id.ts";

export const FEEDBACK_NOT_KEPT = "Feedback is not being kept at the moment, sorry.";
export const VOTE_NOT_SAVED = "Sorry, your vote could not be saved. Please try again in a moment.";
/**
 * How long to wait before looking for the question a second time: another
 * replica or shard that answered it writes its questions every
 * {@link FLUSH_INTERVAL_MS}, so twice that is enough for it to land.
 */
export const SECOND_LOOK_MS = 2 * FLUSH_INTERVAL_MS;

export const ANSWER_NOT_ON_RECORD =
  "This answer is no longer on record (it was erased, or is older than the bot keeps questions), so it can't be rated.";

/**
 * Records a member's press of "Helpful" or "Not helpful" and says so,
 * privately: one vote per member per answer, a later press replacing it.
 * The acknowledgement is sent only once the vote is stored for good.
 */
export async function respondToVote(
  click: { customId: string; userId: string },
  context: BotContext,
): Promise<ReplyPayload> {
  const button = decodeFeedbackId(click.customId);
  if (!button) return textReply(BUTTON_NOT_RECOGNISED);
  const { recorder } = context;
  if (!recorder) return textReply(FEEDBACK_NOT_KEPT);
  // A question asked a moment ago may still be waiting in the queue.
  await recorder.flush();
  const said = button.helpful ? "helpful" : "not helpful";
  const vote = () =>
    recorder.store.vote({
      questionId: button.questionId,
      voterId: click.userId,
      helpful: button.helpful,
      votedAt: Date.now(),
    });
  try {
    let result = await vote();
    if (result === "no-such-question") {
      // Answered by another process whose batch may not have landed yet.
      await new Promise((resolve) => setTimeout(resolve, SECOND_LOOK_MS));
      result = await vote();
    }
    if (result === "no-such-question") return textReply(ANSWER_NOT_ON_RECORD);
    if (result === "changed") return textReply(`Changed: your vote is now **${said}**. Thanks!`);
    if (result === "unchanged") return textReply(`You already rated this answer **${said}**.`);
    return textReply(
      `Thanks! You rated this answer **${said}**; press the other button to change it.`,
    );
  } catch (error) {
    context.logger.error("vote_failed", { user: click.userId, error });
    return textReply(VOTE_NOT_SAVED);
  }
}
