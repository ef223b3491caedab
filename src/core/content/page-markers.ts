/**
 * Page markers: `[End Page N]` closes page N inside the text. Removing them
 * leaves the text as it reads, and a list of offsets where each new page starts.
 */

const END_PAGE = /[ \t]*\[End Page (\d+)\][ \t]*/g;

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
 */
export function removePageMarkers(raw: string): PagedText {
  const breaks: PagedText["breaks"] = [];
  let firstPage: number | null = null;
  let text = "";
  let last = 0;
  for (const match of raw.matchAll(END_PAGE)) {
    const page = Number(match[1]);
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
