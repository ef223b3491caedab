/**
 * Page markers: `[End Page N]` closes page N inside the text. Removing them
 * leaves the text as it reads, and a list of offsets where each new page starts.
 */

const END_PAGE = /[ \t]*\[End Page (\d+)\][ \t]*/g;
/** Anything written as a page marker, well formed or not: `[End Page abc]`, `[end page 12 ]`. */
const MARKER_LIKE = /\[\s*end\s+page\b[^\]\n]*\]/gi;
/** A well-formed marker, whole. */
const WELL_FORMED = /^\[End Page \d+\]$/;

/** A page marker the bot cannot read; the message says which and how to write it. */
export class PageMarkerError extends Error {}

export interface PagedText {
  /** The text with every marker removed. */
  text: string;
  /** Page of the text before the first marker, or null when there is none. */
  firstPage: number | null;
  /** Offsets into `text` where a new page begins, with that page's number. */
  breaks: { offset: number; page: number }[];
}

/**
 * Strips `[End Page N]` markers from `raw`, joining the words on either side
 * with one space (or keeping the paragraph break when the marker stood alone).
 * Throws {@link PageMarkerError} for a marker that is not `[End Page N]` with
 * N a number (it would otherwise be quoted as text), and for one whose page
 * does not come after the previous marker's (`[End Page 11]` after
 * `[End Page 12]`): pages only count up, so either is a typo to fix.
 */
export function removePageMarkers(raw: string): PagedText {
  for (const [marker] of raw.matchAll(MARKER_LIKE))
    if (!WELL_FORMED.test(marker))
      throw new PageMarkerError(
        `${marker} is not a page marker the bot reads; write [End Page N], N the number of the page that ends there`,
      );
  const breaks: PagedText["breaks"] = [];
  let firstPage: number | null = null;
  let text = "";
  let last = 0;
  let previous: number | null = null;
  for (const match of raw.matchAll(END_PAGE)) {
    const page = Number(match[1]);
    if (previous !== null && page <= previous)
      throw new PageMarkerError(
        `[End Page ${page}] comes after [End Page ${previous}]; pages only count up, so fix the number of one of them`,
      );
    previous = page;
    if (firstPage === null) firstPage = page;
    text += raw.slice(last, match.index);
    last = match.index + match[0].length;
    const before = text.at(-1);
    const after = raw[last];
    const joinsWords =
      before !== undefined && before !== "\n" && after !== undefined && after !== "\n";
    if (joinsWords) text += " ";
    breaks.push({ offset: text.length, page: page + 1 });
  }
  text += raw.slice(last);
  return { text, firstPage, breaks };
}

/** The page on which the character at `offset` stands, or null for unpaged text. */
export function pageAt(
  paged: Pick<PagedText, "firstPage" | "breaks">,
  offset: number,
): number | null {
  if (paged.firstPage === null) return null;
  let page = paged.firstPage;
  for (const pageBreak of paged.breaks) {
    if (pageBreak.offset > offset) break;
    page = pageBreak.page;
  }
  return page;
}
