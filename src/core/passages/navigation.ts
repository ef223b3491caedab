import type { ContentDocument } from "../content/load-content.ts";
import type { Passage } from "./passages.ts";
import { joinPassages, slicePassage } from "./passages.ts";

/** A corpus's passages as the engine keeps them, for finding a quote's passage and its neighbours. */
export interface PassageShelf {
  /** The text's passages, numbered from 0 in document order. */
  passages: readonly Passage[];
  /** One "about this document" passage per document, numbered after the text's passages. */
  aboutPassages: readonly Passage[];
  documentsById: ReadonlyMap<string, ContentDocument>;
}

/**
 * The passage a quote shows: passage `id`, joined with the passages through
 * `throughId` when it was quoted with them; undefined for unknown ids.
 */
export function passageThrough(
  shelf: PassageShelf,
  id: number,
  throughId: number = id,
): Passage | undefined {
  const { passages, aboutPassages, documentsById } = shelf;
  if (id >= passages.length) return aboutPassages[id - passages.length];
  const first = passages[id];
  if (!first || throughId <= id) return first;
  const parts = passages
    .slice(id, throughId + 1)
    .filter((part) => part.documentId === first.documentId);
  const document = documentsById.get(first.documentId);
  return document ? joinPassages(parts, document.text) : first;
}

/**
 * What stands just before and after `passage` in its document: the
 * sentences of the nearest passages that it does not quote itself, so
 * no sentence is skipped and none is shown twice.
 */
export function neighboursOf(
  shelf: PassageShelf,
  passage: Passage,
): { before: Passage | null; after: Passage | null } {
  const { passages, documentsById } = shelf;
  const sameDocument = (other: Passage | undefined) =>
    other && other.documentId === passage.documentId ? other : undefined;
  const document = documentsById.get(passage.documentId);
  if (!document) return { before: null, after: null };
  let before: Passage | null = null;
  for (let i = passage.id - 1; i >= 0; i -= 1) {
    const other = sameDocument(passages[i]);
    if (!other) break;
    if (other.firstSentence < passage.firstSentence) {
      before = slicePassage(other, document, other.firstSentence, passage.firstSentence - 1);
      break;
    }
  }
  let after: Passage | null = null;
  for (let i = passage.id + 1; i < passages.length; i += 1) {
    const other = sameDocument(passages[i]);
    if (!other) break;
    if (other.lastSentence > passage.lastSentence) {
      after = slicePassage(other, document, passage.lastSentence + 1, other.lastSentence);
      break;
    }
  }
  return { before, after };
}
