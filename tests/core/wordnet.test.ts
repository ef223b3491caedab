import { describe, expect, it } from "vitest";
import { relatedWords } from "../../src/core/english/wordnet.ts";

const related = (word: string, relation: string) =>
  relatedWords(word)
    .filter((found) => found.relation === relation)
    .map((found) => found.word);

describe("WordNet relatives", () => {
  it("finds synonyms, acronyms among them", () => {
    expect(related("America", "synonym")).toEqual(
      expect.arrayContaining(["United States", "U.S."]),
    );
    expect(related("weapons", "synonym")).toContain("arm");
  });

  it("finds words one step down and one step up the is-a hierarchy", () => {
    expect(related("warplanes", "narrower")).toContain("fighter");
    expect(related("missile", "broader")).toContain("weapon");
  });

  it("reads inflected forms through their base form", () => {
    expect(related("toppling", "synonym")).toContain("topple");
  });

  it("returns nothing for words WordNet lacks, however long", () => {
    expect(relatedWords("qzxvbnm")).toEqual([]);
    expect(relatedWords("a".repeat(4000))).toEqual([]);
  });
});
