import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanWebText } from "../../src/core/content/clean-web-text.ts";
import { splitFrontMatter } from "../../src/core/content/front-matter.ts";
import { AnswerEngine, loadContent } from "../../src/core/index.ts";
import { contentFolder } from "../helpers.ts";

const raw = readFileSync("tests/fixtures/muse-page.txt", "utf8");
const cleaned = cleanWebText(raw);

describe("cleanWebText", () => {
  it.each([
    "In lieu of an abstract",
    "•",
    "(bio)",
    "Click for larger view",
    "View full resolution",
    "Additional Information",
    "Print ISSN",
    "pp. 84-88",
    "Launched on MUSE",
    "Open Access",
    "Archive Status",
    "Back To Top",
    "cookies",
  ])("removes the web page's %j", (leftover) => {
    expect(cleaned).not.toContain(leftover);
  });

  it("keeps the article's text and its page markers", () => {
    expect(cleaned.startsWith("When Russian fighter jets bound for Syria took off from Iran")).toBe(
      true,
    );
    expect(
      cleaned.endsWith("Russia has replaced the United States as Iran’s leading supplier..."),
    ).toBe(true);
    expect(cleaned.match(/\[End Page \d+\]/g)).toEqual(["[End Page 84]", "[End Page 85]"]);
  });

  it("separates paragraphs by exactly one blank line", () => {
    expect(cleaned).not.toMatch(/\n{3,}/);
    expect(cleaned.split("\n\n")).toHaveLength(10);
  });

  it("is what the shipped content document holds", () => {
    const shipped = splitFrontMatter(readFileSync("content/newest-power-couple.md", "utf8"));
    expect(shipped.body.trim()).toBe(cleaned);
    expect(shipped.metadata).toMatchObject({
      title: "The Newest Power Couple: Iran and Russia Band together to Support Assad",
      author: "Ellie Geranmayeh",
      pages: "84–88",
      url: "https://muse.jhu.edu/article/645264",
    });
    expect(shipped.metadata.publication).toContain("World Policy Journal 33(4)");
  });

  it("leaves clean text as it is", () => {
    expect(cleanWebText(cleaned)).toBe(cleaned);
  });
});

describe("a pasted news page", () => {
  it("never quotes the site's section list", () => {
    const page = [
      "The Urban Review | News | Opinion | Science",
      "",
      "Cities plant trees to cool their streets",
      "",
      "Researchers measured the air under street trees in forty cities and found it a degree cooler in summer.",
      "",
      "The council plans to plant ten thousand more trees by 2030.",
    ].join("\n");
    const engine = new AnswerEngine(loadContent(contentFolder({ "trees.md": page })));
    const answer = engine.answer("what science news is there?");
    const quoted = [...answer.passages, ...answer.suggestions].map((passage) => passage.text);
    expect(quoted.join("\n")).not.toContain("The Urban Review");
    expect(engine.passages.map((passage) => passage.text).join("\n")).not.toContain("Opinion");
  });
});
