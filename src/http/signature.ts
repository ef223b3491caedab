/**
 * Discord signs every request to an Interactions Endpoint URL with Ed25519:
 * `X-Signature-Ed25519` is the signature of `X-Signature-Timestamp` followed
 * by the raw body, made with the application's key, whose public half is
 * `DISCORD_PUBLIC_KEY`. Node's own crypto checks it; no package is needed.
 */
import type { KeyObject } from "node:crypto";
import { createPublicKey, verify } from "node:crypto";

/** An Ed25519 public key is 32 bytes: 64 hex characters in the Developer Portal. */
const PUBLIC_KEY_HEX = /^[0-9a-fA-F]{64}$/;
/** An Ed25519 signature is 64 bytes: 128 hex characters in the header. */
const SIGNATURE_HEX = /^[0-9a-fA-F]{128}$/;
/** What comes before a raw Ed25519 key in its SPKI DER form (RFC 8410), the form node:crypto reads. */
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

/** Whether `text` has the shape of a public key as the Developer Portal shows it. */
export function isPublicKeyHex(text: string): boolean {
  return PUBLIC_KEY_HEX.test(text);
}

/** The key object for a public key given as 64 hex characters (check {@link isPublicKeyHex} first). */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!isPublicKeyHex(hex)) throw new RangeError("an Ed25519 public key is 64 hex characters");
  const der = Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, "hex")]);
  return createPublicKey({ key: der, format: "der", type: "spki" });
}

/**
 * Whether `signatureHex` is `key`'s signature of `timestamp` followed by
 * `body`. Anything malformed is simply not a valid signature.
 */
export function isSignedBy(
  key: KeyObject,
  signatureHex: string,
  timestamp: string,
  body: Buffer,
): boolean {
  if (!SIGNATURE_HEX.test(signatureHex)) return false;
  const message = Buffer.concat([Buffer.from(timestamp, "utf8"), body]);
  try {
    return verify(null, message, key, Buffer.from(signatureHex, "hex"));
  } catch {
    return false;
  }
}
