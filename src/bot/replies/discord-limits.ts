/** Discord's limits on what a bot may send (API v10). */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthor: 256,
  embedTotal: 6000,
  embedFields: 25,
  autocompleteChoices: 25,
  /** Longest text a slash command's string option may be given to hold (its `max_length`). */
  stringOption: 6000,
  choiceName: 100,
  choiceValue: 100,
  buttonLabel: 80,
  customId: 100,
  buttonsPerRow: 5,
  /** A channel's name, threads included: a thread named after its question is cut to this. */
  threadName: 100,
} as const;

/**
 * Shortens `text` to at most `max` characters, ending with "…" when cut,
 * without splitting a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
