import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../../src/core/index.ts";
import { ARTICLE_DIR, article, contentFolder } from "../../helpers.ts";

const ARTICLE_FILE = "newest-power-couple.md";
const articleText = readFileSync(join(ARTICLE_DIR, ARTICLE_FILE), "utf8");

/** The article with `synonyms.yml` beside it. */
function withSynonyms(yaml: string) {
  return createEngine(contentFolder({ [ARTICLE_FILE]: articleText, "synonyms.yml": yaml }));
}

/** A question members might ask, calling Putin "the tsar": the article never does. */
const TSAR = "What does the tsar want in Syria?";

describe("synonyms an admin writes", () => {
  it("turn a declined question into an answered one, with no re-index", () => {
    const before = article().answer(TSAR);
    expect(before.noAnswer).toBe(true);
    expect(before.unknownWords).toContain("tsar");

    const engine = withSynonyms("tsar: [putin]\nkremlin: [moscow]\n");
    const after = engine.answer(TSAR);
    expect(after.noAnswer).toBe(false);
    // Mapped now: no longer a word the documents lack.
    expect(after.unknownWords).not.toContain("tsar");
    // A full match: the best passage is the one asking with the documents' own word finds.
    const best = (question: string) => engine.answer(question).passages[0]?.id;
    expect(best("Why does the kremlin back Assad?")).toBe(best("Why does Moscow back Assad?"));
    expect(best("Why does the kremlin back Assad?")).toBeDefined();
  });

  it("map phrases on either side: a member's phrase, and the documents' two words standing together", () => {
    const engine = withSynonyms(
      ["red square: moscow", "washington: [united states, u.s.]"].join("\n"),
    );
    expect(engine.synonymProblems).toEqual([]);
    const best = (question: string) => engine.answer(question).passages[0]?.id;
    expect(best("Why does Red Square back Assad?")).toBe(best("Why does Moscow back Assad?"));
    expect(best("Why does Red Square back Assad?")).toBeDefined();
    const washington = engine.answer("What regime change does Washington pursue?");
    expect(washington.noAnswer).toBe(false);
    expect(washington.passages[0]?.text).toMatch(/United States|U\.S\./);
    // Only the phrase maps: "square" alone is not Moscow.
    expect(engine.answer("What is a square?").passages[0]?.text ?? "").not.toMatch(/Moscow/);
  });

  it("come from a document's front matter too", () => {
    const withFrontMatter = articleText.replace(/^---\n/, "---\nsynonyms:\n  tsar: putin\n");
    const engine = createEngine(contentFolder({ [ARTICLE_FILE]: withFrontMatter }));
    expect(engine.answer(TSAR).noAnswer).toBe(false);
  });

  it("are checked at start-up: one line per bad entry, and the good ones still apply", () => {
    const engine = withSynonyms(
      ["tsar: [putin]", "czar: [czarina]", "the: [moscow]", "empty: []", "nested: [[moscow]]"].join(
        "\n",
      ),
    );
    expect(engine.synonymProblems).toEqual([
      "synonyms.yml: “empty” must map to a word or a list of words, e.g. `kremlin: [moscow]`",
      "synonyms.yml: “nested” must map to words, not to a list or a map",
      "synonyms.yml: “czar” → “czarina”: the documents never use “czarina”",
      "synonyms.yml: “the” has no word a question could be matched on; use a rarer word",
    ]);
    expect(engine.answer(TSAR).noAnswer).toBe(false);
  });

  it("say in one line when the file is not YAML, and answer as without it", () => {
    const engine = withSynonyms("tsar: [putin\n");
    expect(engine.synonymProblems).toHaveLength(1);
    expect(engine.synonymProblems[0]).toMatch(/^synonyms\.yml: not valid YAML/);
    expect(engine.answer(TSAR).noAnswer).toBe(true);
  });
});

describe("the words a question uses that the documents lack", () => {
  it("are the informative words no passage holds, misspellings of the documents' words left out", () => {
    expect(article().answer("Is the tsar an ally of Tehran?").unknownWords).toEqual(["tsar"]);
    expect(article().answer("Why does Russia back Asad?").unknownWords).not.toContain("asad");
  });
});
