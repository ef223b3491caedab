import type { RESTOptions } from "discord.js";
import { DefaultRestOptions } from "discord.js";

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

/**
 * discord.js's REST `makeRequest`, with a last check on every request body:
 * whatever a document or a user managed to put into a reply, the bot token
 * (or a part of it) never leaves in one. The Authorization header, where the
 * token belongs, is left alone. `onRemoved` hears of each removal.
 */
export function tokenCheckedRequests(
  token: string,
  onRemoved: (path: string) => void,
): RESTOptions["makeRequest"] {
  const secrets = secretFragments(token);
  return async (url, init) => {
    const body = init.body;
    if (typeof body === "string" && secrets.some((secret) => body.includes(secret))) {
      onRemoved(new URL(url).pathname);
      return DefaultRestOptions.makeRequest(url, { ...init, body: redact(body, secrets) });
    }
    if (body instanceof FormData) {
      const json = body.get("payload_json");
      if (typeof json === "string" && secrets.some((secret) => json.includes(secret))) {
        onRemoved(new URL(url).pathname);
        body.set("payload_json", redact(json, secrets));
      }
    }
    return DefaultRestOptions.makeRequest(url, init);
  };
}
