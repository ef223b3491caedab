/**
 * Removes the leftovers of a journal web page (Project MUSE and alike) from
 * text copied out of a browser: navigation lines, image captions, the
 * cookie banner, bulleted title and author lines. Page markers such as
 * `[End Page 84]` are kept, because they are how a document records its pages.
 */

/** Whole lines that belong to the web page, not to the article. */
const LEFTOVER_LINES: readonly RegExp[] = [
  /^In lieu of an abstract, here is a brief excerpt of the content:?$/i,
  /^[•·▪]\s+.*$/, // bulleted title and author lines above the text
  /^Click for larger view$/i,
  /^View full resolution$/i,
  /^Additional Information$/i,
  /^(Print|Online) ISSN\b.*$/i,
  /^pp\.\s*\d+\s*[-–]\s*\d+$/i,
  /^Launched on MUSE\b.*$/i,
  /^Open Access\b.*$/i,
  /^Archive Status\b.*$/i,
  /^Back To Top$/i,
  /^This website uses cookies\b.*$/i,
];

/**
 * Returns `raw` without web-page leftovers, with paragraphs separated by one
 * blank line and no trailing white space.
 */
export function cleanWebText(raw: string): string {
  const kept = raw
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/\s*\(bio\)\s*$/i, "").trimEnd())
    .filter((line) => !LEFTOVER_LINES.some((pattern) => pattern.test(line.trim())));
  return kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
