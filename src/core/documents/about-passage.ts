import type { ContentDocument } from "../content/load-content.ts";
import type { Passage } from "../passages/passages.ts";

/**
 * A citable passage saying what a document is: its title, author,
 * publication, pages and source, from its front matter — what "who wrote
 * this?" and "where was it published?" are answered with. It stands before
 * the document's first paragraph (paragraph 0) and quotes no text of it.
 */
export function aboutPassage(document: ContentDocument, id: number): Passage {
  const { author, publication, pages, url } = document.metadata;
  const parts = [`${document.title}${author ? `, by ${author}` : ""}.`];
  const published = [publication, pages ? `pp. ${pages}` : undefined].filter(Boolean).join(", ");
  if (published) parts.push(`${published}.`);
  if (url) parts.push(`Source: ${url}`);
  const text = parts.join(" ");
  return {
    id,
    documentId: document.id,
    title: document.title,
    page: null,
    paragraph: 0,
    start: 0,
    end: 0,
    firstSentence: -1,
    lastSentence: -1,
    sentences: [{ start: 0, end: text.length }],
    text,
  };
}
