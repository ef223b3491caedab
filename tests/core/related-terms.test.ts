import { describe, expect, it } from "vitest";
import { FITTED } from "../../src/core/evidence/fitted-parameters.ts";
import { createEngine } from "../../src/core/index.ts";
import { article, contentFolder } from "../helpers.ts";

describe("words the documents lack", () => {
  it("match their WordNet synonyms, broader and narrower words", () => {
    const engine = article();
    // The passage ranked best, whether or not the decision then answers with it.
    const best = (question: string) => engine.read(question).ranked[0]?.passage.text;
    expect(best("has russia been selling iran weapons")).toContain("arms sales");
    expect(best("where did the russian warplanes take off from")).toContain("fighter jets");
    expect(best("whats their stance on nato ops in the mideast")).toContain(
      "NATO military operations in the Middle East",
    );
  });

  it("stand in as synonyms or as broader words, each at its kind's fitted credit", () => {
    const variantsOf = (question: string, word: string) =>
      article()
        .read(question)
        .query.terms.find((term) => term.word === word)?.variants;
    expect(variantsOf("has russia been selling iran weapons", "weapons")).toContainEqual({
      term: "arm",
      id: expect.any(Number),
      kind: "synonym",
      credit: FITTED.credits.synonym,
    });
    expect(variantsOf("where did the russian warplanes take off from", "warplanes")).toContainEqual(
      {
        term: "fighter",
        id: expect.any(Number),
        kind: "relative",
        credit: FITTED.credits.relative,
      },
    );
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
