import type { AnswerEngine, ContentDocument } from "../core/index.ts";

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
  const safeUrl = url && /^https?:\/\/\S+$/i.test(url) ? url : undefined;
  return { id: document.id, title: document.title, author, publication, pages, url: safeUrl };
}
