import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/core/index.ts";
import { MAX_TYPO_LENGTH, maxEditsFor, mayBeMisspelt } from "../../src/core/spelling.ts";
import { isStopWordMisspelt, withinOneEdit } from "../../src/core/text/stop-word-typos.ts";
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
