import { describe, expect, it } from "vitest";
import { documentQuestionOf } from "../../../src/core/documents/document-questions.ts";
import { createEngine } from "../../../src/core/index.ts";
import { article, contentFolder } from "../../helpers.ts";

const TITLE = "The Newest Power Couple: Iran and Russia Band together to Support Assad";

const TITLES = ["The Power Couple", "Harbour Notes"];
const kind = (question: string) => documentQuestionOf(question, TITLES);

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

describe("a question about who made a document, where it appeared or what it is called", () => {
  it.each([
    "wrote",
    "write",
    "writes",
    "written",
    "writer",
    "author",
    "authors",
    "authored",
    "journal",
    "magazine",
    "newspaper",
    "publication",
    "published",
    "publish",
    "publisher",
    "issue",
    "volume",
    "source",
    "cite",
    "citation",
    "reference",
    "title",
    "titled",
    "headline",
    "called",
    "named",
    "date",
    "dated",
    "year",
    "link",
    "url",
    "pages",
  ])("%j asks about the document", (word) => {
    expect(kind(`${word} this`)).toBe("about");
  });
});

describe("a question about what a document says overall", () => {
  it.each([
    "tldr",
    "tl",
    "dr",
    "summary",
    "summarize",
    "summarise",
    "summarized",
    "sum",
    "gist",
    "overview",
    "main",
    "point",
    "points",
    "idea",
    "ideas",
    "argument",
    "thesis",
    "takeaway",
    "takeaways",
    "topic",
    "about",
    "recap",
    "short",
    "brief",
    "briefly",
  ])("%j asks for a summary", (word) => {
    expect(kind(`${word} this`)).toBe("summary");
  });

  it.each(["tl;dr", "TL;DR", "tl; dr", "tl;  dr pls"])("%j asks for a summary", (question) => {
    expect(kind(question)).toBe("summary");
  });
});

describe("words that point at the document or say nothing", () => {
  it.each([
    "this",
    "it",
    "article",
    "piece",
    "text",
    "paper",
    "document",
    "essay",
    "story",
    "report",
    "read",
    "mean",
    "means",
    "meaning",
    "say",
    "says",
    "give",
    "me",
    "please",
    "pls",
    "plz",
    "can",
    "could",
    "you",
    "u",
    "and",
    "when",
    "where",
    "who",
    "what",
    "whats",
    "which",
    "was",
    "is",
    "the",
    "a",
    "an",
    "of",
    "in",
    "from",
    "by",
    "did",
    "does",
    "do",
    "whos",
  ])("%j keeps a summary question about the document", (word) => {
    expect(kind(`summary ${word}`)).toBe("summary");
  });

  it("ask nothing by themselves", () => {
    expect(kind("what is this article")).toBeNull();
    expect(kind("")).toBeNull();
  });
});

describe("words that frame a question in chat", () => {
  it.each(["again", "wait", "real", "remind", "tell", "exactly", "so", "anyways", "once", "more"])(
    "%j keeps a question about the document",
    (word) => {
      expect(kind(`summary ${word}`)).toBe("summary");
      expect(kind(`${word} who wrote this`)).toBe("about");
    },
  );

  it("ask nothing by themselves", () => {
    expect(kind("wait again")).toBeNull();
    expect(kind("tell me once more")).toBeNull();
  });

  it("do not make a question about the content one about the document", () => {
    expect(kind("when did the mill freeze again")).toBeNull();
    expect(kind("wait who wrote the treaty")).toBeNull();
    expect(kind("tell me exactly what the miller sold")).toBeNull();
  });
});

describe("which kind a question is", () => {
  it("is about the document when it asks both who wrote it and what it says", () => {
    expect(kind("summary of who wrote it")).toBe("about");
    expect(kind("who wrote it, in summary")).toBe("about");
  });

  it("is read whatever the case", () => {
    expect(kind("WHO WROTE THIS")).toBe("about");
    expect(kind("Give Me The Gist")).toBe("summary");
  });

  it("may use the words of a document's title, in any form", () => {
    expect(kind("what does the title mean, who's the power couple")).toBe("about");
    expect(kind("gist of the power couples")).toBe("summary");
    expect(kind("gist of harbour notes")).toBe("summary");
  });

  it("is none when the question names anything else", () => {
    expect(kind("who wrote the treaty")).toBeNull();
    expect(kind("gist of the power plants")).toBeNull();
    expect(kind("what is the main harbour tax")).toBeNull();
  });

  it("is none without titles for a word of no title", () => {
    expect(documentQuestionOf("gist of harbour", [])).toBeNull();
    expect(documentQuestionOf("the gist of the article", [])).toBe("summary");
  });
});

describe("questions about a document, as typed in chat", () => {
  const titles = ["The Newest Power Couple: Iran and Russia Band together to Support Assad"];

  it("may hold stop words and chat filler that name no topic", () => {
    expect(documentQuestionOf("whats this article even about", titles)).toBe("summary");
    expect(documentQuestionOf("who actually wrote this lol", titles)).toBe("about");
  });

  it("may misspell a word that asks about documents by one letter", () => {
    expect(documentQuestionOf("what journal was this publishd in", titles)).toBe("about");
    expect(documentQuestionOf("give me a sumary", titles)).toBe("summary");
  });

  it("may be framed as chat frames them: 'again', 'wait', 'real quick'", () => {
    expect(documentQuestionOf("whats the title again", titles)).toBe("about");
    expect(documentQuestionOf("wait who wrote this again", titles)).toBe("about");
    expect(documentQuestionOf("btw who wrote this real quick", titles)).toBe("about");
    expect(documentQuestionOf("so whats the gist again", titles)).toBe("summary");
  });

  it("still ask about the content when they name a topic, framed or not", () => {
    expect(documentQuestionOf("when did russia strike aleppo again", titles)).toBeNull();
    expect(documentQuestionOf("wait who wrote the sanctions law again", titles)).toBeNull();
  });

  it("read short words only as written: a one-letter change makes another word", () => {
    expect(documentQuestionOf("what is this tile", titles)).toBeNull();
  });

  it("still name no topic of their own: one content word makes it a content question", () => {
    expect(documentQuestionOf("whats this article even say about sanctions", titles)).toBeNull();
  });
});
