import { collocationSynonyms } from "../english/wordnet.ts";
import type { SearchIndex } from "../index/search-index.ts";
import { processTerm } from "../index/terms.ts";
import type { QueryTerm } from "./read-query.ts";
import { standInTerms } from "./stand-in-terms.ts";
import type { StandInKind } from "./stand-ins.ts";
import { addStandIns, withCredit } from "./stand-ins.ts";

/** Adverb particles of English phrasal verbs ("set up", "hold out", "push back"). */
export const PARTICLES: ReadonlySet<string> = new Set([
  "up",
  "out",
  "off",
  "back",
  "down",
  "in",
  "on",
  "over",
  "away",
  "around",
  "through",
  "along",
  "apart",
  "together",
  "forth",
]);

/**
 * Synonyms of the question's phrasal verbs (a word and an adverb particle)
 * that WordNet lists ("set up" → "establish", "hold out" → "resist"), as
 * stand-ins for the pair's last term: the pair says what neither word says
 * alone. A word and a preposition ("stand for") are left alone: WordNet's
 * synonyms of those were measured to pull in passages about other things.
 * The caller bounds `words`, so that cost stays bounded.
 */
export function addPhrasalVerbSynonyms(
  index: SearchIndex,
  words: readonly string[],
  terms: QueryTerm[],
  credits: Readonly<Record<StandInKind, number>>,
): void {
  for (let i = 1; i < words.length; i += 1) {
    const first = words[i - 1] as string;
    const second = words[i] as string;
    if (!PARTICLES.has(second.toLowerCase())) continue;
    const host =
      terms.find((term) => term.term === processTerm(second)) ??
      terms.find((term) => term.term === processTerm(first));
    if (!host || host.isFiller) continue;
    const synonyms = collocationSynonyms(first, second);
    const found = standInTerms(index, synonyms, host.term);
    addStandIns(
      host.variants,
      found.map((term) => withCredit(term, "phrasal", credits)),
    );
  }
}
