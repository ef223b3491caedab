import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/core/index.ts";
import { article, contentFolder } from "../helpers.ts";

describe("words the documents lack", () => {
  it("match their WordNet synonyms, broader and narrower words", () => {
    const engine = article();
    expect(engine.answer("has russia been selling iran weapons").passages[0]?.text).toContain(
      "arms sales",
    );
    expect(
      engine.answer("where did the russian warplanes take off from").passages[0]?.text,
    ).toContain("fighter jets");
    expect(
      engine.answer("whats their stance on nato ops in the mideast").passages[0]?.text,
    ).toContain("NATO military operations in the Middle East");
  });

  it("match a two-word relative only where both words stand together", () => {
    const dir = contentFolder({
      "places.md": "The east wing was closed.\n\nTrade grew across the Middle East last year.",
    });
    const answer = createEngine(dir, undefined).answer("trade in the mideast");
    expect(answer.passages[0]?.text).toContain("Middle East");
    expect(answer.passages.map((passage) => passage.text)).not.toContain(
      "The east wing was closed.",
    );
  });

  it("count for less than the word itself", () => {
    const dir = contentFolder({
      "arms.md": "The weapons were old.\n\nThe arms were new.",
    });
    expect(createEngine(dir, undefined).answer("which weapons").passages[0]?.text).toBe(
      "The weapons were old.",
    );
  });
});
