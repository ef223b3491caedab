import { termSequence } from "../index/terms.ts";
import type { Passage } from "../passages/passages.ts";
import type { findQuotations, Quotation } from "./quotations.ts";
import { ASKING_VERBS } from "./speech-verbs.ts";

/** Verbs of a question asking what someone said ("what did Lavrov say", "what did X call Y"). */
const SPEECH_QUESTION = new RegExp(`\\b(${ASKING_VERBS})\\b`, "i");

const SPEECH_VERB = new RegExp(`^(?:${ASKING_VERBS})$`, "i");

/** Whether `word` is a verb of speech ("say", "claimed"): in "what did X say" it names no topic. */
export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERB.test(word);
}

/** Whether `question` asks what someone said. */
export function asksWhatWasSaid(question: string): boolean {
  return SPEECH_QUESTION.test(question);
}

/**
 * For each passage holding one of `allQuotations` (the documents' direct
 * quotations, {@link findQuotations}) whose speaker the document names,
 * that speaker's terms ("sergei", "lavrov"): "what did Lavrov say"
 * is answered by Lavrov's own words before any sentence using "say".
 */
export function speakersByPassage(
  allQuotations: readonly Quotation[],
  passages: readonly Passage[],
): Map<number, Set<string>> {
  const speakers = new Map<number, Set<string>>();
  const quotations = allQuotations.filter((quotation) => quotation.speaker);
  if (quotations.length === 0) return speakers;
  const byDocument = new Map<string, Quotation[]>();
  for (const quotation of quotations) {
    const list = byDocument.get(quotation.document) ?? [];
    list.push(quotation);
    byDocument.set(quotation.document, list);
  }
  for (const passage of passages) {
    for (const quotation of byDocument.get(passage.documentId) ?? []) {
      if (!passage.text.includes(quotation.text)) continue;
      const terms = speakers.get(passage.id) ?? new Set<string>();
      for (const term of termSequence(quotation.speaker ?? "")) terms.add(term);
      speakers.set(passage.id, terms);
    }
  }
  return speakers;
}
