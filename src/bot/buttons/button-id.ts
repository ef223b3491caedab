/**
 * The custom ids of the buttons under an answer. A button carries all it
 * needs, so it works after a restart, on any shard or process, for as long
 * as its message exists; nothing is kept in memory between a reply and a
 * click.
 *
 * Format (fields separated by `:`, at most `LIMITS.customId` characters):
 *
 *     qa1:m:<content>:<asker>:<visibility>:<offset>:<question>    "More"
 *     qa1:c:<content>:<asker>:<visibility>:<passage>:<through>    "Context"
 *
 * - `qa1`: this format, version 1. Other prefixes are not answer buttons.
 * - `<content>`: fingerprint of the indexed passages when the answer was made
 *   (8 base64url characters); a button made over other content says so
 *   instead of quoting the wrong passage.
 * - `<asker>`: the Discord id of the person the answer was for, in base 36.
 * - `<visibility>`: `p` public, `e` private (ephemeral).
 * - `<offset>`: base 36, the number of the first passage of the next page.
 * - `<question>`: check of the question (8 base64url characters). The
 *   question itself is read back from the message the button sits on (the
 *   embed's title); the check tells whether what was read is the whole of it.
 * - `<passage>`, `<through>`: base 36, the quoted passage as
 *   `AnswerEngine.passageOf(passage, through)` takes it.
 */
import { createHash } from "node:crypto";
import { LIMITS } from "../replies/discord-limits.ts";

/** First field of every answer button's id. */
export const BUTTON_ID_PREFIX = "qa1";
/** Length of the content fingerprint and of the question check. */
export const CHECK_CHARS = 8;
/** Most passages one quote may join; a larger span in an id is refused. */
export const MAX_JOINED_PASSAGES = 50;
/** Largest offset "More" may ask for. */
export const MAX_BUTTON_OFFSET = 10_000;

/** What a button under an answer says about that answer. */
interface ButtonBase {
  /** Content fingerprint when the answer was made. */
  content: string;
  askerId: string;
  ephemeral: boolean;
}

/** "More": the next page of the same question. */
export interface MoreButton extends ButtonBase {
  action: "more";
  /** First passage of the page the button sits under. */
  offset: number;
  /** {@link questionCheck} of the question answered. */
  questionCheck: string;
}

/** "Context": the passages around the first one quoted. */
export interface ContextButton extends ButtonBase {
  action: "context";
  passageId: number;
  throughId: number;
}

export type AnswerButton = MoreButton | ContextButton;

const CHECK = `[A-Za-z0-9_-]{${CHECK_CHARS}}`;
const BASE36 = "[0-9a-z]{1,13}";
const ID_PATTERN = new RegExp(
  `^${BUTTON_ID_PREFIX}:([mc]):(${CHECK}):(${BASE36}):([ep]):(${BASE36}):(${CHECK}|${BASE36})$`,
);
const SNOWFLAKE = /^\d{17,20}$/;

/** A short check of `text`: 8 base64url characters of its SHA-256. */
export function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, CHECK_CHARS);
}

/**
 * The question as a check compares it and a title shows it: zero-width and
 * other invisible format characters removed (inside a word they would split
 * it: "Teh\u200Bran"), control characters and runs of white space as one
 * space, trimmed.
 */
export function normalizeQuestion(question: string): string {
  return question
    .replace(/\p{Cf}/gu, "")
    .replace(/\p{Cc}/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The check of `question` that a "More" button carries. */
export function questionCheck(question: string): string {
  return shortHash(normalizeQuestion(question));
}

/** Whether `customId` is in this module's format (it may still fail to decode). */
export function isAnswerButtonId(customId: string): boolean {
  return customId.startsWith(`${BUTTON_ID_PREFIX}:`);
}

/** The custom id for `button`; throws if it would not fit Discord's limit (it always does). */
export function encodeButtonId(button: AnswerButton): string {
  const common = [
    BUTTON_ID_PREFIX,
    button.action === "more" ? "m" : "c",
    button.content,
    BigInt(button.askerId).toString(36),
    button.ephemeral ? "e" : "p",
  ];
  const rest =
    button.action === "more"
      ? [button.offset.toString(36), button.questionCheck]
      : [button.passageId.toString(36), button.throughId.toString(36)];
  const id = [...common, ...rest].join(":");
  if (id.length > LIMITS.customId) throw new RangeError(`button id too long: ${id.length}`);
  return id;
}

/** The button a custom id describes, or undefined when it is not a well-formed answer button id. */
export function decodeButtonId(customId: string): AnswerButton | undefined {
  const match = ID_PATTERN.exec(customId);
  if (!match) return undefined;
  const [, action, content = "", asker = "", visibility, first = "", second = ""] = match;
  const askerId = parseBase36(asker)?.toString();
  if (!askerId || !SNOWFLAKE.test(askerId)) return undefined;
  const base = { content, askerId, ephemeral: visibility === "e" };
  if (action === "m") {
    const offset = parseBase36(first);
    if (offset === undefined || offset > MAX_BUTTON_OFFSET) return undefined;
    if (!new RegExp(`^${CHECK}$`).test(second)) return undefined;
    return { ...base, action: "more", offset: Number(offset), questionCheck: second };
  }
  const passageId = parseBase36(first);
  const throughId = parseBase36(second);
  if (passageId === undefined || throughId === undefined) return undefined;
  if (throughId < passageId || throughId - passageId >= BigInt(MAX_JOINED_PASSAGES))
    return undefined;
  if (throughId > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  return { ...base, action: "context", passageId: Number(passageId), throughId: Number(throughId) };
}

function parseBase36(text: string): bigint | undefined {
  if (!/^[0-9a-z]{1,13}$/.test(text)) return undefined;
  let value = 0n;
  for (const char of text) value = value * 36n + BigInt(Number.parseInt(char, 36));
  return value;
}
