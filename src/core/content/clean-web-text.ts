/**
 * Removes the furniture of a web page — navigation, skip links, breadcrumbs,
 * cookie banners, share and print links, figure captions, "view larger"
 * links, related-article lists, footers — from text copied out of a browser,
 * keeping the article. Every document is read through it, so the rules only
 * match lines that are page furniture by their form (a line of nothing but
 * interface labels, a breadcrumb trail, a caption's "Figure 2." opening), never
 * prose that merely uses the same words. Page markers such as `[End Page 84]`
 * are kept, because they are how a document records its pages.
 */
import {
  isBreadcrumb,
  isLabelLine,
  isRelatedHeading,
  isSectionList,
  isShort,
  LABEL_LINE_CHARS,
  TRAIL_LINE_CHARS,
} from "./line-shapes.ts";

/** A cookie banner, a caption, a copyright notice: one short paragraph at most. */
const NOTICE_LINE_CHARS = 600;
/** A navigation menu is at least this many label lines in a row. */
const MIN_MENU_LINES = 3;

/** One kind of page furniture removed line by line. */
interface LineRule {
  /** What it removes, as docs/import.md lists it. */
  removes: string;
  matches(line: string): boolean;
}

/** Furniture recognised from one line, in the order docs/import.md lists it. */
const LINE_RULES: readonly LineRule[] = [
  {
    removes: 'skip links ("Skip to main content")',
    matches: (line) => isShort(line, LABEL_LINE_CHARS) && /^skip (to|navigation)\b/i.test(line),
  },
  {
    removes:
      "lines made only of interface labels: menus, search, log-in, share, print, cite and download buttons, cookie-banner buttons, footer links",
    matches: isLabelLine,
  },
  {
    removes: 'breadcrumb trails ("Home > Journals > …")',
    matches: isBreadcrumb,
  },
  {
    removes:
      'a site\'s section list ("The Urban Review | News | Opinion | Science"): three or more short capitalised items between slashes, pipes or dots',
    matches: isSectionList,
  },
  {
    removes: "cookie banners (a line about the site's cookies and your consent)",
    matches: (line) =>
      isShort(line, NOTICE_LINE_CHARS) &&
      /\bcookies?\b/i.test(line) &&
      /\b(we|our|this (web)?site|this page)\b/i.test(line) &&
      /\b(use|uses|using|accept|consent|agree|preferences|settings|continu(e|ing)|browsing)\b/i.test(
        line,
      ),
  },
  {
    removes: 'share links ("Share on Facebook", "Email this article to a friend")',
    matches: (line) =>
      isShort(line, LABEL_LINE_CHARS) &&
      /^(share|post|send|email|e-mail)( this| the)?( article| page| story| post| link)? (on|via|to|by|with) \S.*$/i.test(
        line,
      ) &&
      !/[.!?]$/.test(line),
  },
  {
    removes:
      'figure and table captions ("Figure 2. …", "Fig. 3: …", "Table 1 — …") and photo credits ("Photo: …")',
    matches: (line) =>
      isShort(line, NOTICE_LINE_CHARS) &&
      (/^(figure|fig\.|table|plate|chart|map|graph|exhibit|illustration|image|photo|video)\s*[A-Z]?\d+[a-z]?(\s*[.:|—–-](\s|$)|$)/i.test(
        line,
      ) ||
        /^(photo|image|illustration|photograph|picture|video|graphic)s?( credits?| courtesy)?\s*[:：]\s*\S/i.test(
          line,
        ) ||
        /^credits?\s*[:：]\s*\S/i.test(line)),
  },
  {
    removes: '"view larger" links ("Click to enlarge", "View full-size image", "Open in new tab")',
    matches: (line) =>
      isShort(line, LABEL_LINE_CHARS) &&
      (/^(click|tap)( here)? (for|to) (a )?(view )?(larger|full|bigger|enlarge|zoom|expand)/i.test(
        line,
      ) ||
        /^view (a )?(larger|full|large|original|high[- ]res)/i.test(line)),
  },
  {
    removes: 'footer notices ("© 2024 …", "Copyright © …", "… All rights reserved.", ISSN lines)',
    matches: (line) =>
      isShort(line, TRAIL_LINE_CHARS) &&
      (/^(©|\(c\)\s*\d{4}|copyright\s*(©|\(c\)|\d{4}\b))/i.test(line) ||
        /\ball rights reserved\.?$/i.test(line) ||
        /^(print |online |e-?)?ISSN\b/i.test(line)),
  },
  {
    removes:
      'publication details the front matter holds instead ("Published: 12 March 2024", "DOI: …", "1,234 views", "8 min read")',
    matches: (line) =>
      isShort(line, LABEL_LINE_CHARS) &&
      (/^(first |last )?(published|received|accepted|revised|updated|posted|issue date)( online| on)?:?\s+(\d{1,2}\s+[a-z]+\.?\s+\d{4}|[a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})\.?$/i.test(
        line,
      ) ||
        /^(doi:?\s*10\.\S+|https?:\/\/(dx\.)?doi\.org\/\S+)$/i.test(line) ||
        /^[\d,.]+k?\s+(views|downloads|citations|shares|comments|reads)$/i.test(line) ||
        /^\d+\s*min(ute)?s?\s+read$/i.test(line)),
  },
  {
    removes:
      'Project MUSE\'s own leftovers ("In lieu of an abstract…", bulleted title and author lines, "Additional Information", "Launched on MUSE", "Open Access", "Archive Status", page ranges)',
    matches: (line) =>
      /^In lieu of an abstract, here is a brief excerpt of the content:?$/i.test(line) ||
      /^[•·▪]\s+.*$/.test(line) ||
      (isShort(line, LABEL_LINE_CHARS) &&
        /^(Additional Information|Launched on MUSE\b.*|Open Access( (Yes|No))?|Archive Status\b.*)$/i.test(
          line,
        )) ||
      /^pp\.\s*\d+\s*[-–]\s*\d+$/i.test(line),
  },
];

/** Everything {@link cleanWebText} removes, in words, for docs/import.md and `--help`. */
export const REMOVED_FURNITURE: readonly string[] = [
  ...LINE_RULES.map((rule) => rule.removes),
  `navigation menus: ${MIN_MENU_LINES} or more short lines in a row, most of them interface labels`,
  'lists of other articles under a "Related articles", "Recommended", "Most read"… heading',
  "the title and author lines when they repeat the document's title and author",
];

/** What the document is, when known: lines repeating it are the page's header. */
export interface KnownDocument {
  title?: string | undefined;
  author?: string | undefined;
}

/** Lower case, one space, no curly quotes: how header lines are compared with the title. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();
}

/** Whether `line` repeats the known title, or names the known author ("By …"). */
function repeatsHeader(line: string, known: KnownDocument): boolean {
  if (known.title === undefined && known.author === undefined) return false;
  const text = normalise(line).replace(/^by\s+/, "");
  return (
    (known.title !== undefined && text === normalise(known.title)) ||
    (known.author !== undefined && text === normalise(known.author))
  );
}

/** Whether `line` could be an entry of a menu: short, and no sentence. */
function couldBeMenuEntry(line: string): boolean {
  return line !== "" && line.length <= 40 && !/[.!?]$/.test(line);
}

/**
 * Marks for removal the runs of short lines that are mostly interface labels
 * (a menu whose entries are partly the site's own section names).
 */
function markMenus(lines: readonly string[], removed: boolean[]): void {
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end < lines.length && couldBeMenuEntry(lines[end] ?? "")) end += 1;
    const run = lines.slice(start, end);
    const labels = run.filter(isLabelLine).length;
    if (run.length >= MIN_MENU_LINES && labels * 2 > run.length)
      for (let index = start; index < end; index += 1) removed[index] = true;
    start = end + 1;
  }
}

/**
 * Marks for removal a related-articles heading and the short lines under it
 * (titles, bylines, dates), up to the first line of prose.
 */
function markRelatedLists(lines: readonly string[], removed: boolean[]): void {
  for (let index = 0; index < lines.length; index += 1) {
    if (!isRelatedHeading(lines[index] ?? "")) continue;
    removed[index] = true;
    for (index += 1; index < lines.length; index += 1) {
      const line = lines[index] ?? "";
      const isProse = line.length > TRAIL_LINE_CHARS || /[a-z0-9”"')][.!]$/.test(line);
      if (isProse) break;
      removed[index] = true;
    }
    index -= 1;
  }
}

/**
 * Returns `raw` without web-page furniture, with paragraphs separated by one
 * blank line and no trailing white space. `known` (the document's title and
 * author) also removes the page's header lines that repeat them.
 */
export function cleanWebText(raw: string, known: KnownDocument = {}): string {
  const lines = raw
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/\s*\(bio\)\s*$/i, "").trimEnd());
  // Rules read the line without its indentation; kept lines keep theirs (Markdown).
  const trimmed = lines.map((line) => line.trim());
  const removed = trimmed.map(
    (line) => LINE_RULES.some((rule) => rule.matches(line)) || repeatsHeader(line, known),
  );
  markMenus(trimmed, removed);
  markRelatedLists(trimmed, removed);
  return lines
    .filter((_, index) => !removed[index])
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
