import { describe, expect, it } from "vitest";
import { swapAwareDistance, withinOneEdit } from "../../src/core/english/edit-distance.ts";
import { createEngine } from "../../src/core/index.ts";
import { MAX_TYPO_LENGTH, maxEditsFor, mayBeMisspelt } from "../../src/core/query/spelling.ts";
import { isStopWordMisspelt } from "../../src/core/query/stop-word-typos.ts";
import { article, contentFolder } from "../helpers.ts";

describe("misspelt words", () => {
  it("are corrected to the documents' words, from 4 letters on", () => {
    const engine = article();
    expect(engine.answer("whats the alepo offensive evidence of").passages[0]?.text).toContain(
      "Aleppo",
    );
    expect(engine.answer("what happend in lybia in 2011").passages[0]?.text).toContain("Libya");
    expect(engine.answer("when did khamenie meet putin").passages[0]?.text).toContain("Khamenei");
  });

  it("are corrected to the closest word only: one edit before two", () => {
    const dir = contentFolder({
      "words.md": "The harbour was busy.\n\nThe harpoon was sharp.\n\nThe harbor pilots met.",
    });
    // "harbir" is one edit from "harbor", two from "harbour".
    expect(createEngine(dir, undefined).answer("where is the harbir").passages[0]?.text).toBe(
      "The harbor pilots met.",
    );
  });

  it("are English words left alone, not corrected into the documents' words", () => {
    const dir = contentFolder({ "words.md": "The saint was revered." });
    expect(createEngine(dir, undefined).answer("what about the paint").noAnswer).toBe(true);
  });

  it("are looked up only within bounded length, edits and characters", () => {
    expect(mayBeMisspelt("alepo")).toBe(true);
    expect(mayBeMisspelt("wat")).toBe(false);
    expect(mayBeMisspelt("b2b4")).toBe(false);
    expect(mayBeMisspelt("x".repeat(MAX_TYPO_LENGTH + 1))).toBe(false);
    expect(maxEditsFor(4)).toBe(1);
    expect(maxEditsFor(5)).toBe(2);
    expect(maxEditsFor(4000)).toBe(2);
  });

  it("of question words ask nothing and are dropped rather than corrected", () => {
    expect(isStopWordMisspelt("wheer")).toBe(true);
    expect(isStopWordMisspelt("whcih")).toBe(true);
    expect(isStopWordMisspelt("aleppo")).toBe(false);
    expect(withinOneEdit("tehy", "they")).toBe(true);
    expect(withinOneEdit("nosre", "none")).toBe(false);
  });
});

describe("edit distance", () => {
  it("counts a swap of neighbouring letters as one edit", () => {
    expect(swapAwareDistance("nosre", "norse")).toBe(1);
    expect(swapAwareDistance("lybia", "libya")).toBe(2);
    expect(swapAwareDistance("alepo", "aleppo")).toBe(1);
    expect(swapAwareDistance("same", "same")).toBe(0);
  });

  it("lets a swapped word be corrected at one edit", () => {
    const dir = contentFolder({ "sagas.md": "The Norse sailed west.\n\nThe nurses stayed home." });
    expect(createEngine(dir, undefined).answer("where did the nosre sail").passages[0]?.text).toBe(
      "The Norse sailed west.",
    );
  });
});

describe("misspelt question words", () => {
  it("are set right, so the kind of answer asked for is still read", () => {
    const dir = contentFolder({
      "flight.md": "Ethelred fled to Normandy in 1013.\n\nEthelred had fled before, to no avail.",
    });
    const engine = createEngine(dir, undefined);
    expect(engine.answer("wheer did ethelred flee").passages[0]?.text).toBe(
      engine.answer("where did ethelred flee").passages[0]?.text as string,
    );
  });
});

describe("words the documents write as one", () => {
  it("match the question's two words ('push back' → 'pushback')", () => {
    const dir = contentFolder({
      "pushback.md":
        "The pushback against the plan was strong.\n\nThe plan went back to committee.",
    });
    expect(
      createEngine(dir, undefined).answer("was there push back on the plan").passages[0]?.text,
    ).toBe("The pushback against the plan was strong.");
  });
});
