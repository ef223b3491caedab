import type { RESTOptions } from "discord.js";
import { DefaultRestOptions } from "discord.js";
import { redact, secretFragments } from "../runtime/redact.ts";

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
