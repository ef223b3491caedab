import { createHash } from "node:crypto";
import type { Passage } from "../../core/index.ts";
import { CHECK_CHARS } from "./button-id.ts";

/**
 * A short fingerprint of the indexed passages: their ids, documents and
 * texts. Buttons carry it, so a button made before the content changed can
 * tell, rather than quote whatever passage now has its number.
 */
export function contentFingerprint(passages: readonly Passage[]): string {
  const hash = createHash("sha256");
  for (const passage of passages)
    hash.update(`${passage.id}\u0000${passage.documentId}\u0000${passage.text}\u0001`);
  return hash.digest("base64url").slice(0, CHECK_CHARS);
}
