import { mayBeMisspelt } from "./spelling.ts";
import { CHAT_FILLER } from "./text/chat-shorthand.ts";
import { withinOneEdit } from "./text/stop-word-typos.ts";
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
 * Words that frame a question in chat without asking anything ("whats the
 * title again", "wait who wrote this", "real quick, who's the author"):
 * neutral in a question about a document, whatever stands around them.
 */
const DISCOURSE_WORDS = new Set([
  "again",
  "wait",
  "real",
  "remind",
  "tell",
  "exactly",
  "so",
  "anyways",
  "once",
  "more",
]);

/**
 * Whether `question` asks about the document itself, and how: every word of
 * it either asks about documents ("who wrote", "journal", "tl;dr",
 * "summary", or one of these misspelt: "publishd"), points at the document
 * ("this", "the article"), says nothing of a topic (a stop word, chat
 * filler: "whats this article even about"), or is a word of one of the
 * `titles` ("what does the title mean, who's the power couple"). A question
 * naming anything else asks about the content.
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
    const kind = kindOf(lower);
    if (kind === "about") about = true;
    else if (kind === "summary") summary = true;
    else if (kind === null && !titleTerms.has(termOf(word))) return null;
  }
  if (about) return "about";
  return summary ? "summary" : null;
}

/** What `lower` (a lower-case word) says of a question about a document: what it asks, "neutral", or nothing. */
function kindOf(lower: string): DocumentQuestion | "neutral" | null {
  if (ABOUT_WORDS.has(lower)) return "about";
  if (SUMMARY_WORDS.has(lower)) return "summary";
  if (
    DOCUMENT_WORDS.has(lower) ||
    DISCOURSE_WORDS.has(lower) ||
    CHAT_FILLER.has(lower) ||
    processTerm(lower) === null
  ) {
    return "neutral";
  }
  // A misspelt word of the lists ("publishd", "sumary"); short words are too like others.
  if (lower.length < MIN_MISSPELT_LENGTH || !mayBeMisspelt(lower)) return null;
  for (const [words, kind] of LISTS) {
    for (const listed of words) if (withinOneEdit(lower, listed)) return kind;
  }
  return null;
}

/** Words shorter than this are read only as written: "tile" is no misspelt "title". */
const MIN_MISSPELT_LENGTH = 5;
const LISTS: readonly [ReadonlySet<string>, DocumentQuestion][] = [
  [ABOUT_WORDS, "about"],
  [SUMMARY_WORDS, "summary"],
];

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
