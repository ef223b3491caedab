/**
 * `count` and the noun it counts, singular for one: "1 passage",
 * "21 passages", "0 quotations". `plural` for nouns not made with "s".
 */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
