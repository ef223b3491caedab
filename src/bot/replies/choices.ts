import type { APIApplicationCommandOptionChoice } from "discord.js";
import { LIMITS, truncate } from "./discord-limits.ts";
import { plainForDiscord } from "./escape.ts";

/**
 * Autocomplete choices from candidate texts: cleaned, cut to 100 characters
 * (name and value), empty and repeated ones dropped, at most 25.
 */
export function toChoices(texts: Iterable<string>): APIApplicationCommandOptionChoice<string>[] {
  const choices: APIApplicationCommandOptionChoice<string>[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    const value = truncate(plainForDiscord(text), LIMITS.choiceValue);
    if (value === "" || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    choices.push({ name: value, value });
    if (choices.length === LIMITS.autocompleteChoices) break;
  }
  return choices;
}
