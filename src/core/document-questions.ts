import { processTerm, tokenize } from "./text/terms.ts";

/**
 * Questions about a document itself rather than what it says: who wrote it,
 * where and when it was published, what its title is or means ("about"), or
 * what it says overall ("summary": "tl;dr", "what is this about").
 */
export type DocumentQuestion = "about" | "summary";

/** Words asking who made a document, where it appeared, or what it is called. */
const ABOUT_WORDS = new Set([
  "wrote",
  "write",
  "writes",
  "written",
  "writer",
  "author",
  "authors",
  "authored",
  "journal",
  "magazine",
  "newspaper",
  "publication",
  "published",
  "publish",
  "publisher",
  "issue",
  "volume",
  "source",
  "cite",
  "citation",
  "reference",
  "title",
  "titled",
  "headline",
  "called",
  "named",
  "date",
  "dated",
  "year",
  "link",
  "url",
  "pages",
]);

/** Words asking what a document says overall. */
const SUMMARY_WORDS = new Set([
  "tldr",
  "tl",
  "dr",
  "summary",
  "summarize",
  "summarise",
  "summarized",
  "sum",
  "gist",
  "overview",
  "main",
  "point",
  "points",
  "idea",
  "ideas",
  "argument",
  "thesis",
  "takeaway",
  "takeaways",
  "topic",
  "about",
  "recap",
  "short",
  "brief",
  "briefly",
]);

/** Words that point at the document itself, and words that say nothing about what is asked. */
const DOCUMENT_WORDS = new Set([
  "this",
  "it",
  "article",
  "piece",
  "text",
  "paper",
  "document",
  "essay",
  "story",
  "report",
  "read",
  "mean",
  "means",
  "meaning",
  "say",
  "says",
  "give",
  "me",
  "please",
  "pls",
  "plz",
  "can",
  "could",
  "you",
  "u",
  "and",
  "when",
  "where",
  "who",
  "what",
  "whats",
  "which",
  "was",
  "is",
  "the",
  "a",
  "an",
  "of",
  "in",
  "from",
  "by",
  "did",
  "does",
  "do",
  "whos",
]);

/**
 * Whether `question` asks about the document itself, and how: every word of
 * it either asks about documents ("who wrote", "journal", "tl;dr",
 * "summary"), points at the document ("this", "the article"), or is a word
 * of one of the `titles` ("what does the title mean, who's the power
 * couple"). A question naming anything else asks about the content.
 */
export function documentQuestionOf(
  question: string,
  titles: readonly string[],
): DocumentQuestion | null {
  const titleTerms = titleTermsOf(titles);
  let about = false;
  let summary = false;
  for (const word of tokenize(question.replace(/\btl;\s*dr\b/gi, "tldr"))) {
    const lower = word.toLowerCase();
    if (ABOUT_WORDS.has(lower)) about = true;
    else if (SUMMARY_WORDS.has(lower)) summary = true;
    else if (!DOCUMENT_WORDS.has(lower) && !titleTerms.has(termOf(word))) return null;
  }
  if (about) return "about";
  return summary ? "summary" : null;
}

/** The terms of each list of titles, worked out once: an engine asks with the same list every time. */
const titleTermsMemo = new WeakMap<readonly string[], ReadonlySet<string>>();

function titleTermsOf(titles: readonly string[]): ReadonlySet<string> {
  let terms = titleTermsMemo.get(titles);
  if (!terms) {
    terms = new Set(titles.flatMap((title) => tokenize(title).map(termOf)));
    titleTermsMemo.set(titles, terms);
  }
  return terms;
}

function termOf(word: string): string {
  return processTerm(word) ?? word.toLowerCase();
}
