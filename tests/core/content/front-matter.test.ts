import { describe, expect, it } from "vitest";
import { FrontMatterError, splitFrontMatter } from "../../../src/core/content/front-matter.ts";

/** The message `splitFrontMatter(source)` fails with, checked to be a FrontMatterError. */
function failure(source: string): string {
  try {
    splitFrontMatter(source);
  } catch (error) {
    expect(error).toBeInstanceOf(FrontMatterError);
    return (error as Error).message;
  }
  throw new Error("splitFrontMatter did not fail");
}

describe("splitFrontMatter: where front matter starts and ends", () => {
  it("leaves a document without front matter whole, with no metadata", () => {
    const source = "Owls hunt at night.\n---\ntitle: Not front matter\n---\n";
    expect(splitFrontMatter(source)).toEqual({ metadata: {}, body: source });
  });

  it("reads front matter only at the very start of the document", () => {
    const source = "\n---\ntitle: Late\n---\nBody.";
    expect(splitFrontMatter(source)).toEqual({ metadata: {}, body: source });
  });

  it("cuts the body just after the closing line", () => {
    expect(splitFrontMatter("---\ntitle: Owls\n---\nOwls hunt.\n")).toEqual({
      metadata: { title: "Owls" },
      body: "Owls hunt.\n",
    });
  });

  it("accepts spaces and tabs after either fence", () => {
    expect(splitFrontMatter("--- \t\ntitle: Owls\n---\t \nOwls hunt.")).toEqual({
      metadata: { title: "Owls" },
      body: "Owls hunt.",
    });
  });

  it("accepts a closing fence that ends the file", () => {
    expect(splitFrontMatter("---\ntitle: Owls\n---")).toEqual({
      metadata: { title: "Owls" },
      body: "",
    });
  });

  it("ends at the first closing fence, leaving later ones in the body", () => {
    expect(splitFrontMatter("---\ntitle: Owls\n---\nBody.\n---\nMore.")).toEqual({
      metadata: { title: "Owls" },
      body: "Body.\n---\nMore.",
    });
  });

  it("declines front matter that is opened but never closed", () => {
    expect(failure("---\ntitle: Owls\nOwls hunt.")).toBe(
      "front matter opened with --- is never closed",
    );
  });

  it("declines a closing fence with words after it as never closed", () => {
    expect(failure("---\ntitle: Owls\n--- Owls hunt.")).toBe(
      "front matter opened with --- is never closed",
    );
  });

  it("declines an unclosed opening fence followed by spaces", () => {
    expect(failure("--- \ntitle: Owls\n")).toBe("front matter opened with --- is never closed");
  });
});

describe("splitFrontMatter: what the front matter may hold", () => {
  it("declines invalid YAML, giving the first line of the parser's reason", () => {
    const message = failure("---\ntitle: Owls\ntitle: Badgers\n---\nBody.");
    expect(message).toMatch(
      /^invalid YAML front matter at line 3, column 1 \(Map keys must be unique\); put quotes/,
    );
    expect(message).not.toContain("\n");
  });

  it("reads empty front matter as no metadata", () => {
    expect(splitFrontMatter("---\n\n---\nBody.")).toEqual({ metadata: {}, body: "Body." });
    expect(splitFrontMatter("---\n# a comment only\n---\nBody.")).toEqual({
      metadata: {},
      body: "Body.",
    });
  });

  it("declines front matter that is a single value, not `key: value` lines", () => {
    expect(failure("---\njust a sentence\n---\nBody.")).toBe(
      "front matter must be a list of `key: value` lines",
    );
  });

  it("declines front matter that is a YAML list", () => {
    expect(failure("---\n- title\n- author\n---\nBody.")).toBe(
      "front matter must be a list of `key: value` lines",
    );
  });

  it("keeps the five known fields, trimmed, and drops any other", () => {
    const source =
      "---\ntitle: '  Owls  '\nauthor: A. Writer\npublication: Birds Monthly\npages: 84-87\nurl: https://example.org/owls\nsubtitle: Dropped\n---\n";
    expect(splitFrontMatter(source).metadata).toEqual({
      title: "Owls",
      author: "A. Writer",
      publication: "Birds Monthly",
      pages: "84-87",
      url: "https://example.org/owls",
    });
  });

  it("reads a number as its text", () => {
    expect(splitFrontMatter("---\npages: 84\n---\n").metadata).toEqual({ pages: "84" });
  });

  it("skips a field left empty", () => {
    expect(splitFrontMatter("---\ntitle:\nauthor: A. Writer\n---\n").metadata).toEqual({
      author: "A. Writer",
    });
  });

  it("declines a field that is neither text nor a number, naming it", () => {
    expect(failure("---\nauthor:\n  first: A.\n  last: Writer\n---\n")).toBe(
      'front matter field "author" must be text',
    );
    expect(failure("---\nurl: true\n---\n")).toBe('front matter field "url" must be text');
  });
});
