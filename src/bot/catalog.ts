import type { AnswerEngine, ContentDocument } from "../core/index.ts";
import { MAX_URL_CHARS } from "../core/index.ts";

/** What replies cite about a document. */
export interface DocumentInfo {
  id: string;
  title: string;
  author?: string;
  publication?: string;
  pages?: string;
  url?: string;
}

/** Document id → citation details, from the engine's documents. */
export function buildCatalog(engine: AnswerEngine): Map<string, DocumentInfo> {
  return new Map(
    engine.documents.map((document: ContentDocument) => [document.id, infoOf(document)]),
  );
}

function infoOf(document: ContentDocument): DocumentInfo {
  const { author, publication, pages, url } = document.metadata;
  // The content loader checked it already; this is the second lock, where replies take it from.
  const safeUrl =
    url && /^https?:\/\/[^\s<>]+$/i.test(url) && url.length <= MAX_URL_CHARS ? url : undefined;
  return { id: document.id, title: document.title, author, publication, pages, url: safeUrl };
}
