import { describe, expect, it } from "vitest";
import { documentQuestionOf } from "../../src/core/documents/document-questions.ts";
import { createEngine } from "../../src/core/index.ts";
import { article, contentFolder } from "../helpers.ts";

const TITLE = "The Newest Power Couple: Iran and Russia Band together to Support Assad";

describe("documentQuestionOf", () => {
  it.each([
    ["who wrote this", "about"],
    ["what journal is this from and when was it published", "about"],
    ["who is the author", "about"],
    ["what does the title mean, whos the power couple", "about"],
    ["tldr whats the article about", "summary"],
    ["tl;dr", "summary"],
    ["summarize pls", "summary"],
    ["what is the main point", "summary"],
    ["whats the title again", "about"],
    ["wait who wrote this again", "about"],
    ["btw who wrote this real quick", "about"],
    ["remind me, whats the gist of this", "summary"],
  ])("reads %j as a question about the document (%s)", (question, kind) => {
    expect(documentQuestionOf(question, [TITLE])).toBe(kind);
  });

  it.each([
    "Who wrote the Declaration of Independence?",
    "What did the Normans write about?",
    "what is the point of the neither east nor west slogan",
    "when did russia and iran band together",
    "when did russia strike aleppo again",
    "wait who wrote the nuclear deal again",
    "tell me more about hezbollah real quick",
  ])("reads %j as a question about the content", (question) => {
    expect(documentQuestionOf(question, [TITLE])).toBeNull();
  });
});

describe("questions about the document", () => {
  it("are answered first with the about passage: title, author, publication, pages, source", () => {
    const answer = article().answer("who wrote this");
    expect(answer.noAnswer).toBe(false);
    const [about] = answer.passages;
    expect(about?.text).toBe(
      `${TITLE}, by Ellie Geranmayeh. World Policy Journal 33(4), Duke University Press, pp. 84–88. Source: https://muse.jhu.edu/article/645264`,
    );
    expect(about?.paragraph).toBe(0);
    expect(article().passageOf(about?.id as number)?.text).toBe(about?.text);
  });

  it("are recognised through chat's framing words: 'whats the title again' is answered with the about passage", () => {
    const plain = article().answer("whats the title");
    const framed = article().answer("wait whats the title again");
    expect(framed.noAnswer).toBe(false);
    expect(framed.passages[0]?.text).toBe(plain.passages[0]?.text);
    expect(framed.passages[0]?.text.startsWith(TITLE)).toBe(true);
  });

  it("asking for a summary quotes the most central passages, the lead first", () => {
    const answer = article().answer("tldr whats the article about");
    expect(answer.passages[0]?.text).toContain(
      "This unprecedented cooperation between Russia and Iran",
    );
    const ids = answer.passages.map((passage) => passage.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("a summary prefers the passage whose words recur over a stray early one", () => {
    const dir = contentFolder({
      "bees.md": [
        "A note on the weather today.",
        "Bees pollinate crops, and bees make honey in hives.",
        "Honey from hives feeds the bees in winter.",
        "Crops need bees; hives of bees are moved to crops.",
      ].join("\n\n"),
    });
    const answer = createEngine(dir, undefined).answer("summarize");
    expect(answer.passages[0]?.text).not.toContain("weather");
  });
});
