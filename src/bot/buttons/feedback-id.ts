/**
 * The custom ids of the "Helpful" and "Not helpful" buttons under an answer.
 * Like the other answer buttons they carry all a vote needs, the question's
 * record id, so a vote works after a restart and on any shard or replica:
 *
 *     qf1:h:<question>    "Helpful"
 *     qf1:n:<question>    "Not helpful"
 *
 * `<question>` is the Discord id of the interaction or message that asked
 * (the question's id in the store), in base 36: at most 20 characters in all.
 */

/** First field of every feedback button's id. */
export const FEEDBACK_ID_PREFIX = "qf1";

/** A vote as a feedback button carries it. */
export interface FeedbackButton {
  questionId: string;
  helpful: boolean;
}

const ID_PATTERN = new RegExp(`^${FEEDBACK_ID_PREFIX}:([hn]):([0-9a-z]{1,13})$`);
const SNOWFLAKE = /^\d{17,20}$/;

/** Whether `customId` is a feedback button's (it may still fail to decode). */
export function isFeedbackId(customId: string): boolean {
  return customId.startsWith(`${FEEDBACK_ID_PREFIX}:`);
}

/** The custom id of a feedback button. */
export function encodeFeedbackId(button: FeedbackButton): string {
  return `${FEEDBACK_ID_PREFIX}:${button.helpful ? "h" : "n"}:${BigInt(button.questionId).toString(36)}`;
}

/** The vote a custom id carries, or undefined when it is not a well-formed feedback id. */
export function decodeFeedbackId(customId: string): FeedbackButton | undefined {
  const match = ID_PATTERN.exec(customId);
  if (!match) return undefined;
  let value = 0n;
  for (const char of match[2] as string) value = value * 36n + BigInt(Number.parseInt(char, 36));
  const questionId = value.toString();
  if (!SNOWFLAKE.test(questionId)) return undefined;
  return { questionId, helpful: match[1] === "h" };
}

/** The question id the feedback buttons among `customIds` carry, if any (for "More" to keep them). */
export function questionIdAmong(customIds: Iterable<string>): string | undefined {
  for (const customId of customIds) {
    const button = isFeedbackId(customId) ? decodeFeedbackId(customId) : undefined;
    if (button) return button.questionId;
  }
  return undefined;
}
