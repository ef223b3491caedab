/** What MiniSearch indexes for a passage: its terms, already through the text pipeline. */
export interface IndexedPassage {
  id: number;
  terms: string;
}

/**
 * MiniSearch options shared by building and loading an index. Passages and
 * queries reach MiniSearch already processed by the text pipeline
 * (text/terms.ts), space-separated, so MiniSearch only splits them: the
 * pipeline runs once per sentence, and index and queries cannot disagree.
 */
export const MINISEARCH_OPTIONS = {
  fields: ["terms"],
  storeFields: [],
  tokenize: (terms: string) => terms.split(" "),
  processTerm: (term: string) => term || null,
};
