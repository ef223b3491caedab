/**
 * Secrets kept out of what the process writes: every log line, and (through
 * the bot's request check) every request body.
 */

/** What replaces a secret found where it must not be. */
export const REDACTED = "[redacted]";
/** Parts of a token shorter than this are too common to redact on their own. */
const MIN_FRAGMENT_CHARS = 4;

/**
 * The strings to hide for a token: the token itself (at any length), and each
 * of its dot-separated parts (discord.js's debug log prints the first two).
 * Longest first, so a part never breaks up the whole.
 */
export function secretFragments(token: string): string[] {
  const parts = token.split(".").filter((part) => part.length >= MIN_FRAGMENT_CHARS);
  return [...new Set([token, ...parts])]
    .filter((secret) => secret.length > 0)
    .sort((a, b) => b.length - a.length);
}

/** `text` with every one of `secrets` replaced by {@link REDACTED}. */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) result = result.replaceAll(secret, REDACTED);
  return result;
}
