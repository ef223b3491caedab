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

/** Buttons, links and labels: a line made of nothing else is never article text. */
const LABEL_LINE_CHARS = 120;
/** A cookie banner, a caption, a copyright notice: one short paragraph at most. */
const NOTICE_LINE_CHARS = 600;
/** A breadcrumb trail, or one item of a related-articles list. */
const TRAIL_LINE_CHARS = 200;
/** A navigation menu is at least this many label lines in a row. */
const MIN_MENU_LINES = 3;

/** A set of the comma-separated labels in `list`. */
function labelSet(list: string): ReadonlySet<string> {
  return new Set(
    list
      .split(",")
      .map((label) => label.trim())
      .filter((label) => label !== ""),
  );
}

/**
 * Interface labels, lower case. A line made only of these (alone, or several
 * separated by `|`, `·`, `•` or wide spaces) is navigation, a button row or a
 * footer's link list. Only words that are never a paragraph on their own.
 * One line each: navigation and accounts; share, print and cite; cookie-banner
 * buttons; figures; footers; advertising; article-type badges.
 */
const INTERFACE_LABELS = labelSet(`
  menu, main menu, open menu, close menu, toggle navigation, navigation, main navigation, search,
  search this site, open search, close search, submit search, search for, home, homepage, log in,
  login, log out, sign in, sign out, sign up, register, create account, my account, subscribe,
  donate, cart, basket, close, back to top, return to top, next article, previous article, next,
  previous, show more, read more, load more, more articles, all articles, browse, browse journals,
  current issue, all issues, latest issue, for authors, submit a manuscript, contact us, about us,
  help, faq, faqs,
  share, share this, share this article, share this page, share this story, share article, tweet,
  email, e-mail, email this, print, print this page, print this article, print article, copy link,
  copy url, link copied, cite, cite this, cite this article, how to cite, export citation,
  download, download pdf, pdf, full text, save, save article, bookmark, permissions, reprints,
  reprints & permissions, rights and permissions, request permissions, get access, access options,
  metrics, view metrics, facebook, twitter, linkedin, reddit, whatsapp, bluesky, mastodon,
  pinterest, follow us, comments, leave a comment, listen, listen to this article,
  accept, accept all, accept all cookies, accept cookies, allow all, allow all cookies, reject,
  reject all, reject all cookies, decline, decline all, necessary cookies only, manage cookies,
  manage preferences, manage cookie settings, cookie settings, cookie preferences, customise,
  customize, got it, i agree, we value your privacy, your privacy choices,
  view larger, view larger image, view large image, view full size, view full-size image,
  view full resolution, click for larger view, enlarge, enlarge image, zoom, zoom in,
  open in new tab, open in a new tab, open in viewer, download figure, download image,
  download slide, download high-res image, view figure, view image, expand image,
  privacy, privacy policy, privacy notice, privacy statement, cookie policy, cookies policy, terms,
  terms of use, terms of service, terms and conditions, terms & conditions, accessibility,
  accessibility statement, sitemap, site map, careers, advertise, advertise with us, legal notice,
  imprint, disclaimer, contact, rss, newsletter, newsletters,
  advertisement, sponsored, sponsored content,
  research article, original article, review article, original research, open access, free access,
`);

const isShort = (line: string, limit: number) => line.length <= limit;

/** Separators between labels on one line: pipes, middle dots, bullets, tabs, wide spaces. */
const LABEL_SEPARATOR = /\s*[|·•]\s*|\t+|\s{3,}/;
/** Icons and arrows that decorate labels (☰ Menu, Search 🔍, Next →). */
const LABEL_DECORATION =
  /^[\s\p{So}\p{Sm}\p{Mn}"“”‘’'«»‹›:…]+|[\s\p{So}\p{Sm}\p{Mn}"“”‘’'«»‹›:…]+$/gu;

/** Longest heading of a related-articles list. */
const RELATED_HEADING_CHARS = 60;
/** Headings of lists of other articles: the short lines under them are furniture too. */
const RELATED_HEADING =
  /^(?:(?:related|recommended|similar|popular|trending)(?: articles| content| stories| reading| posts)?|you (?:may|might) also (?:like|enjoy)|more (?:from|in|on|like this)\b.*|most (?:read|popular|viewed|shared)|read next|editors'? picks|also in this issue)$/i;

/** Whether `line` heads a list of other articles. */
function isRelatedHeading(line: string): boolean {
  return isShort(line, RELATED_HEADING_CHARS) && !/[.!?]$/.test(line) && RELATED_HEADING.test(line);
}

/** One kind of page furniture removed line by line. */
interface LineRule {
  /** What it removes, as docs/import.md lists it. */
  removes: string;
  matches(line: string): boolean;
}

/** Whether `line` is made only of interface labels. */
export function isLabelLine(line: string): boolean {
  if (!isShort(line, LABEL_LINE_CHARS)) return false;
  const labels = line
    .split(LABEL_SEPARATOR)
    .map((part) => part.replace(LABEL_DECORATION, "").trim().toLowerCase())
    .filter((part) => part !== "");
  return labels.length > 0 && labels.every((label) => INTERFACE_LABELS.has(label));
}

/** "Home > Journals > Vol. 12": three or more short steps, or two from "Home". */
function isBreadcrumb(line: string): boolean {
  if (!isShort(line, TRAIL_LINE_CHARS) || /[.!?]$/.test(line)) return false;
  const steps = line.split(/\s*[>›»→]\s*|\s+\/\s+/).filter((step) => step.trim() !== "");
  if (steps.length < 2 || steps.some((step) => step.trim().split(/\s+/).length > 8)) return false;
  return steps.length >= 3 || /^home$/i.test(steps[0]?.trim() ?? "");
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
