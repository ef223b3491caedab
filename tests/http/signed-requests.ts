/**
 * What Discord does to reach an Interactions Endpoint URL, for tests: a key
 * pair of the tests' own, requests signed with it, and a POST with the
 * headers Discord sends.
 */
import type { KeyObject } from "node:crypto";
import { generateKeyPairSync, sign } from "node:crypto";

/** A fresh Ed25519 key pair; `publicHex` is the public key as the Developer Portal shows it. */
export function keyPair(): { privateKey: KeyObject; publicHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const der = publicKey.export({ format: "der", type: "spki" });
  // The raw key is the last 32 bytes of its SPKI DER form.
  return { privateKey, publicHex: der.subarray(-32).toString("hex") };
}

/** The signature headers of `body` sent at `timestamp` (seconds), signed with `privateKey`. */
export function signatureHeaders(
  privateKey: KeyObject,
  body: string,
  timestamp = Math.floor(Date.now() / 1000).toString(),
): Record<string, string> {
  const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString("hex");
  return { "x-signature-ed25519": signature, "x-signature-timestamp": timestamp };
}

export interface Reply {
  status: number;
  body: Record<string, unknown>;
}

/** POSTs `interaction` to `baseUrl`/interactions, signed with `privateKey`, as Discord would. */
export async function postSigned(
  baseUrl: string,
  privateKey: KeyObject,
  interaction: unknown,
): Promise<Reply> {
  const body = JSON.stringify(interaction);
  return send(`${baseUrl}/interactions`, {
    method: "POST",
    headers: { "content-type": "application/json", ...signatureHeaders(privateKey, body) },
    body,
  });
}

/** Any request; the reply's status and JSON body. */
export async function send(url: string, init: RequestInit): Promise<Reply> {
  const response = await fetch(url, init);
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}
