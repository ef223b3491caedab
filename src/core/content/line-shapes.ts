/**
 * What a line of a web page's furniture looks like by its form: a line of
 * nothing but interface labels, a breadcrumb trail, a site's section list,
 * the heading of a list of other articles. `clean-web-text.ts` removes them.
 */

/** Buttons, links and labels: a line made of nothing else is never article text. */
export const LABEL_LINE_CHARS = 120;
/** A breadcrumb trail, or one item of a related-articles list. */
export const TRAIL_LINE_CHARS = 200;
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

export const isShort = (line: string, limit: number) => line.length <= limit;

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
export function isRelatedHeading(line: string): boolean {
  return isShort(line, RELATED_HEADING_CHARS) && !/[.!?]$/.test(line) && RELATED_HEADING.test(line);
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
export function isBreadcrumb(line: string): boolean {
  if (!isShort(line, TRAIL_LINE_CHARS) || /[.!?]$/.test(line)) return false;
  const steps = line.split(/\s*[>›»→]\s*|\s+\/\s+/).filter((step) => step.trim() !== "");
  if (steps.length < 2 || steps.some((step) => step.trim().split(/\s+/).length > 8)) return false;
  return steps.length >= 3 || /^home$/i.test(steps[0]?.trim() ?? "");
}

/** Most words in one item of a site's section list ("The Urban Review", "Arts & Culture"). */
const SECTION_ITEM_WORDS = 4;
/** Fewest items of a section list: two ("Russia | Iran") could be a heading. */
const MIN_SECTION_ITEMS = 3;
/** Between the items of a section list: spaced slashes, pipes, middle dots, bullets. */
const SECTION_SEPARATOR = /\s+\/\s+|\s*[|·•]\s*/;

/**
 * "The Urban Review / News / Opinion / Science": a site's name and sections,
 * three or more short capitalised items separated by slashes, pipes or dots,
 * none of them ending a sentence. A Markdown table row (`| a | b |`) is kept.
 */
export function isSectionList(line: string): boolean {
  if (!isShort(line, LABEL_LINE_CHARS) || line.startsWith("|") || line.endsWith("|")) return false;
  const items = line.split(SECTION_SEPARATOR).map((item) => item.trim());
  return (
    items.length >= MIN_SECTION_ITEMS &&
    items.every(
      (item) =>
        /^\p{Lu}/u.test(item) &&
        item.split(/\s+/).length <= SECTION_ITEM_WORDS &&
        !/[.!?,;:]$/.test(item),
    )
  );
}
