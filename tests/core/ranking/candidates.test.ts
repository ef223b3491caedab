import { describe, expect, it, vi } from "vitest";
import { SearchIndex } from "../../../src/core/index/search-index.ts";
import { SurfaceVocabulary } from "../../../src/core/index/surface-vocabulary.ts";
import type { ContentDocument } from "../../../src/core/index.ts";
import { buildPassages } from "../../../src/core/passages/passages.ts";
import { readQuery } from "../../../src/core/query/read-query.ts";
import { rankPassages } from "../../../src/core/ranking/rank-passages.ts";

/** A document of `count` paragraphs, every one about owls, each with a word of its own. */
function owlDocument(count: number): ContentDocument {
  const text = Array.from(
    { length: count },
    (_, n) => `Owls hunt mice. Field${n} lies north.`,
  ).join("\n\n");
  return {
    id: "owls",
    file: "owls.md",
    title: "Owls",
    metadata: {},
    text,
    firstPage: null,
    breaks: [],
  };
}

describe("a question of terms held by a large share of a large corpus", () => {
  const documents = [owlDocument(1200)];
  const passages = buildPassages(documents);
  const index = new SearchIndex(passages);
  const vocabulary = new SurfaceVocabulary(documents);

  it("finds passages holding them without scoring every such passage", () => {
    const search = vi.spyOn(index.search, "search");
    const ranked = rankPassages(index, passages, readQuery(index, vocabulary, "owls hunting"));
    expect(search).not.toHaveBeenCalled();
    expect(ranked.length).toBe(60);
    for (const { passage } of ranked) expect(passage.text).toContain("Owls hunt");
  });

  it("still lets a rarer word pick the candidates", () => {
    const ranked = rankPassages(index, passages, readQuery(index, vocabulary, "owls in field7"));
    expect(ranked[0]?.passage.text).toContain("Field7 ");
  });
});
