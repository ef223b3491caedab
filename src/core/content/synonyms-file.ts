import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import type { SynonymEntry } from "../query/admin-synonyms.ts";
import type { ContentDocument } from "./load-content.ts";

/** The admin's synonyms file, in the content folder. */
export const SYNONYMS_FILE = "synonyms.yml";
/** Longest word or phrase on either side of an entry: a synonym is a few words, not a passage. */
const MAX_PHRASE_CHARS = 100;

/** Synonyms as read, and one line per entry (or file) that could not be read. */
export interface ReadSynonyms {
  synonyms: SynonymEntry[];
  synonymProblems: string[];
}

/**
 * The synonyms an admin wrote: `synonyms.yml` in `contentDir` and the
 * `synonyms:` of each document's front matter, each a map from a word or
 * phrase members use to the documents' word, phrase or list of them:
 *
 *     kremlin: moscow
 *     america: [united states, u.s.]
 *
 * An entry that is not of that shape is left out, with one line saying
 * where and why; the rest apply. No file means no synonyms.
 */
export function readSynonyms(
  contentDir: string,
  documents: readonly ContentDocument[] = [],
): ReadSynonyms {
  const read: ReadSynonyms = { synonyms: [], synonymProblems: [] };
  const path = join(contentDir, SYNONYMS_FILE);
  if (existsSync(path)) {
    let parsed: unknown;
    try {
      parsed = parseYaml(readFileSync(path, "utf8"));
      addEntries(read, parsed, SYNONYMS_FILE);
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
      read.synonymProblems.push(
        `${SYNONYMS_FILE}: not valid YAML (${reason}); no synonym of it applies`,
      );
    }
  }
  for (const document of documents)
    if (document.metadata.synonyms !== undefined)
      addEntries(read, document.metadata.synonyms, `${document.id} (front matter)`);
  return read;
}

/** Adds the entries of `map` (as parsed from `source`) to `read`, and a line for each bad one. */
function addEntries(read: ReadSynonyms, map: unknown, source: string): void {
  if (map === null || map === undefined) return;
  if (typeof map !== "object" || Array.isArray(map)) {
    read.synonymProblems.push(
      `${source}: synonyms must be lines of \`member words: [document words]\``,
    );
    return;
  }
  for (const [from, value] of Object.entries(map as Record<string, unknown>)) {
    const to = typeof value === "string" || typeof value === "number" ? [value] : value;
    const problem = entryProblem(from, to);
    if (problem) read.synonymProblems.push(`${source}: “${from}” ${problem}`);
    else read.synonyms.push({ from, to: (to as unknown[]).map((words) => String(words)), source });
  }
}

/** What is wrong with an entry, or undefined when it has the right shape. */
function entryProblem(from: string, to: unknown): string | undefined {
  if (from.trim() === "") return "is empty";
  if (from.length > MAX_PHRASE_CHARS) return `is longer than ${MAX_PHRASE_CHARS} characters`;
  if (!Array.isArray(to) || to.length === 0)
    return "must map to a word or a list of words, e.g. `kremlin: [moscow]`";
  for (const words of to) {
    if (typeof words !== "string" && typeof words !== "number")
      return "must map to words, not to a list or a map";
    if (String(words).trim() === "") return "maps to an empty word";
    if (String(words).length > MAX_PHRASE_CHARS)
      return `maps to words longer than ${MAX_PHRASE_CHARS} characters`;
  }
  return undefined;
}
