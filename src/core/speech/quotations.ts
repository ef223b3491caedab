/**
 * speech/: quotations and speakers. Takes documents and passages; gives the
 * documents' direct quotations with their speakers (here, for `/quote`),
 * each passage's speakers for ranking, and whether a question asks what
 * someone said (`speakers.ts`). One list of speech verbs serves both
 * (`speech-verbs.ts`).
 */
import type { ContentDocument } from "../content/load-content.ts";
import { pageAt } from "../content/page-markers.ts";
import { foldText } from "../index/terms.ts";
import { paragraphsOf } from "../passages/sentences.ts";
import { REPORTING_VERBS } from "./speech-verbs.ts";

/** A direct quotation in a document: words in quotation marks, and who said them. */
export interface Quotation {
  id: number;
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Who said it, as the sentence tells; null when it does not. */
  speaker: string | null;
  /** What the sentence calls the quotation when it names no speaker ("a popular revolutionary slogan"). */
  describedAs: string | null;
  /** The whole sentence holding the quotation. */
  sentence: string;
  document: string;
  title: string;
  page: number | null;
}

/** Quotation then verb then speaker: “…,” said a Russian Iran-watcher, who … */
const SPEAKER_AFTER = new RegExp(`^[\\s,]*(?:${REPORTING_VERBS})\\s+([^,.;:!?]+)`, "i");
/** Speaker then verb then quotation: Sergey Lavrov has alluded to “…” */
const VERB_BEFORE = new RegExp(
  `(?:^|[\\s,])(?:has |have |had )?(?:${REPORTING_VERBS})\\s*(?:(?:that|the|a|an)\\s*)?[,:]?\\s*$`,
  "i",
);
/** What a quotation is, when no one is named: a popular revolutionary slogan was “…” */
const DESCRIBED_AS =
  /(?:^|[\s,])((?:an?|the)\s+[\p{L}\s-]+?)\s+(?:was|is|were|are|read|reads)\s*:?\s*$/iu;
/** A run of capitalized words (a name or title), allowing small joining words. */
const NAME_RUN =
  /(?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:(?:al|bin|de|van|von|der|of)\s+)?\p{Lu}[\p{L}'’.-]*)*/gu;

/** Quotations shorter than this many words are scare quotes or titles, not speech. */
const MIN_WORDS = 3;

/**
 * Finds the direct quotations in `documents`: text between curly or straight
 * double quotes, of at least three words, with its speaker when a speech verb
 * next to it names one.
 */
export function findQuotations(documents: readonly ContentDocument[]): Quotation[] {
  const quotations: Quotation[] = [];
  for (const document of documents) {
    for (const paragraph of paragraphsOf(document.text)) {
      for (const span of paragraph.sentences) {
        const sentence = document.text.slice(span.start, span.end);
        for (const match of sentence.matchAll(/[“"]([^”"]+)[”"]/g)) {
          const quoted = (match[1] ?? "").trim().replace(/[,.]$/, "");
          if (quoted.split(/\s+/).length < MIN_WORDS) continue;
          const before = sentence.slice(0, match.index);
          const after = sentence.slice(match.index + match[0].length);
          const speaker = speakerOf(before, after);
          quotations.push({
            id: quotations.length,
            text: quoted,
            speaker,
            describedAs: speaker ? null : (DESCRIBED_AS.exec(before)?.[1]?.trim() ?? null),
            sentence,
            document: document.id,
            title: document.title,
            page: pageAt(document, span.start + match.index),
          });
        }
      }
    }
  }
  return quotations;
}

/** The speaker a sentence names around a quotation, or null. */
function speakerOf(before: string, after: string): string | null {
  const following = SPEAKER_AFTER.exec(after);
  if (following?.[1]) return following[1].trim();
  const verb = VERB_BEFORE.exec(before);
  if (!verb) return null;
  const names = [...before.slice(0, verb.index).matchAll(NAME_RUN)].map((m) => m[0]);
  return names.at(-1)?.replace(/[’']s$/, "") ?? null;
}

/** Quotations whose words or speaker contain every word of `search` (case and accents folded). */
export function searchQuotations(
  quotations: readonly Quotation[],
  search = "",
  speaker = "",
): Quotation[] {
  const fold = (text: string) => foldText(text).toLowerCase();
  const words = fold(search)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const wantedSpeaker = fold(speaker).trim();
  return quotations.filter((quotation) => {
    const haystack = fold(`${quotation.text} ${quotation.speaker ?? ""}`);
    if (wantedSpeaker && !fold(quotation.speaker ?? "").includes(wantedSpeaker)) return false;
    return words.every((word) => haystack.includes(word));
  });
}
