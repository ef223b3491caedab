import MiniSearch from "minisearch";
import type { ContentDocument } from "../core/content/load-content.ts";
import type { Answerer, ScoredAnswer } from "./evaluation.ts";

/** Paragraphs quoted per question, as many as the scorer reads. */
const QUOTED_PARAGRAPHS = 5;

/**
 * The yardstick the bot is measured against: plain MiniSearch, default
 * options, over whole paragraphs (blocks of text between blank lines),
 * quoting its five best and never declining.
 */
export function paragraphBaseline(documents: readonly ContentDocument[]): Answerer {
  const paragraphs = documents.flatMap((document) =>
    document.text
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph !== ""),
  );
  const search = new MiniSearch<{ id: number; text: string }>({ fields: ["text"] });
  search.addAll(paragraphs.map((text, id) => ({ id, text })));
  return {
    answer(question: string): ScoredAnswer {
      const passages = search
        .search(question)
        .slice(0, QUOTED_PARAGRAPHS)
        .map(({ id }) => ({ text: paragraphs[id] as string }));
      return { noAnswer: passages.length === 0, passages, suggestions: [] };
    },
  };
}
