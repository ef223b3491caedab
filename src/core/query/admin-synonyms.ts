/**
 * Synonyms an admin writes (`content/synonyms.yml`, or `synonyms:` in a
 * document's front matter): words members use mapped to the words the
 * documents use ("kremlin" → "moscow"), applied as a question is read, so
 * adding one needs no re-index. A passage holding a mapped word counts as
 * holding the member's word itself: the admin said they mean the same.
 */

import type { SearchIndex } from "../index/search-index.ts";
import { pairId } from "../index/search-index.ts";
import { processTerm, tokenize } from "../index/terms.ts";
import type { QueryTerm, TermVariant } from "./read-query.ts";
import { addStandIns } from "./stand-ins.ts";

/** An admin's synonym counts as the word itself: a full match. */
export const ADMIN_SYNONYM_CREDIT = 1;
/**
 * The kind ranking sees for an admin's synonym where it still sees one (a
 * phrase, or a word the documents use too): a synonym, as WordNet's are.
 * A word the documents never use is read as its synonym's word outright.
 */
const KIND = "synonym";

/** One entry as written: a member's word or phrase, the documents' words for it, and where it was written. */
export interface SynonymEntry {
  from: string;
  to: readonly string[];
  /** Where the entry was written, for the problems start-up reports (`synonyms.yml`, a document's path). */
  source: string;
}

/** One entry as a question is read with it: the member's phrase as terms, and the index terms standing in for it. */
interface SynonymRule {
  phrase: readonly string[];
  standIns: readonly TermVariant[];
}

/** Synonyms ready for reading questions against one index. */
export interface AdminSynonyms {
  readonly rules: readonly SynonymRule[];
}

/** No synonyms. */
export const NO_SYNONYMS: AdminSynonyms = { rules: [] };

/**
 * The terms of `text` as the index reads them: stop words dropped, words
 * reduced to their term. An acronym written in lower case ("u.s.") is read
 * as the acronym when the text has no other term.
 */
function termsOf(text: string): string[] {
  const read = (words: string) =>
    tokenize(words).flatMap((word) => {
      const term = processTerm(word);
      return term ? [term] : [];
    });
  const asWritten = read(text);
  return asWritten.length > 0 || !text.includes(".") ? asWritten : read(text.toUpperCase());
}

/**
 * The index term (or two-word phrase) a document-side phrase stands for, or
 * a problem: a word the documents never use could never match. A phrase of
 * several words is matched where its two rarest neighbouring words stand
 * together, as the index keeps pairs of neighbouring words.
 */
function standInFor(index: SearchIndex, words: string): TermVariant | string {
  const terms = termsOf(words);
  if (terms.length === 0) return `“${words}” has no word the documents could be searched for`;
  const ids = terms.map((term) => index.termId(term));
  const missing = terms.filter((_, position) => ids[position] === undefined);
  if (missing.length > 0) return `the documents never use “${missing.join(" ")}”`;
  if (terms.length === 1)
    return {
      term: terms[0] as string,
      id: ids[0] as number,
      kind: KIND,
      credit: ADMIN_SYNONYM_CREDIT,
    };
  let best = 1;
  const rarity = (position: number) => index.rarity(ids[position]);
  for (let position = 2; position < terms.length; position += 1)
    if (rarity(position - 1) + rarity(position) > rarity(best - 1) + rarity(best)) best = position;
  const first = ids[best - 1] as number;
  const second = ids[best] as number;
  const rarer = index.passagesWith(first) <= index.passagesWith(second) ? best - 1 : best;
  return {
    term: terms[rarer] as string,
    id: ids[rarer] as number,
    kind: KIND,
    credit: ADMIN_SYNONYM_CREDIT,
    pair: pairId(first, second),
  };
}

/**
 * Turns `entries` into synonyms for reading questions against `index`, with
 * one line per entry that cannot work (a member's phrase with no word to
 * look for, a document word the documents never use): those are left out,
 * the rest apply.
 */
export function compileSynonyms(
  index: SearchIndex,
  entries: readonly SynonymEntry[],
): { synonyms: AdminSynonyms; problems: string[] } {
  const rules: SynonymRule[] = [];
  const problems: string[] = [];
  for (const entry of entries) {
    const phrase = termsOf(entry.from);
    const where = `${entry.source}: “${entry.from}”`;
    if (phrase.length === 0) {
      problems.push(`${where} has no word a question could be matched on; use a rarer word`);
      continue;
    }
    const standIns: TermVariant[] = [];
    for (const words of entry.to) {
      const standIn = standInFor(index, words);
      if (typeof standIn === "string") problems.push(`${where} → “${words}”: ${standIn}`);
      else standIns.push(standIn);
    }
    if (standIns.length > 0) rules.push({ phrase, standIns });
  }
  return { synonyms: { rules }, problems };
}

/**
 * Adds the admin's synonyms to the terms of a question whose terms, in
 * order, are `sequence`: wherever a rule's phrase stands in the question,
 * each of its terms gets the rule's stand-ins at full credit. A term the
 * documents never use takes on its first one-word stand-in's id and weight:
 * "kremlin" mapped to "moscow" is then read as "moscow" is, found rather
 * than unknown.
 */
export function applyAdminSynonyms(
  index: SearchIndex,
  sequence: readonly string[],
  terms: readonly QueryTerm[],
  synonyms: AdminSynonyms,
): void {
  for (const { phrase, standIns } of synonyms.rules) {
    if (!standsIn(sequence, phrase)) continue;
    for (const term of terms) {
      if (!phrase.includes(term.term)) continue;
      addStandIns(
        term.variants,
        standIns.map((standIn) => ({ ...standIn })),
      );
      const word = standIns.find((standIn) => standIn.pair === undefined);
      if (term.id === undefined && word) {
        term.id = word.id;
        term.weight = index.rarity(word.id);
      }
    }
  }
}

/** Whether `phrase` stands, word after word, in `sequence`. */
function standsIn(sequence: readonly string[], phrase: readonly string[]): boolean {
  for (let start = 0; start + phrase.length <= sequence.length; start += 1)
    if (phrase.every((term, offset) => sequence[start + offset] === term)) return true;
  return false;
}
