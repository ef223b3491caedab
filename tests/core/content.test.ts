import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AnswerEngine, ContentError, loadContent } from "../../src/core/index.ts";
import { contentFolder } from "../helpers.ts";

/** The one-line message `loadContent(dir)` fails with. */
function failure(dir: string): string {
  try {
    loadContent(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as Error).message;
    expect(message).not.toContain("\n");
    return message;
  }
  throw new Error("loadContent did not fail");
}

describe("loadContent", () => {
  it("reads .md and .txt documents, titled by front matter or by file name", () => {
    const dir = contentFolder({
      "b_second-doc.txt": "Plain text about owls.",
      "a.md":
        "---\ntitle: Badgers\nauthor: A. Writer\nurl: https://example.org/badgers\n---\nBadgers dig setts.\n",
      "notes.json": "{}",
    });
    const documents = loadContent(dir);
    expect(documents.map((d) => [d.id, d.title])).toEqual([
      ["a", "Badgers"],
      ["b_second-doc", "b second doc"],
    ]);
    expect(documents[0]?.metadata).toEqual({
      title: "Badgers",
      author: "A. Writer",
      url: "https://example.org/badgers",
    });
    expect(documents[0]?.text.trim()).toBe("Badgers dig setts.");
  });

  it("answers from any folder of documents", () => {
    const engine = new AnswerEngine(
      loadContent(
        contentFolder({
          "owls.md": "Owls hunt at night. They eat mice.\n\nBarn owls nest in old barns.",
        }),
      ),
    );
    const answer = engine.answer("Where do barn owls nest?");
    expect(answer.noAnswer).toBe(false);
    expect(answer.passages[0]).toMatchObject({
      document: "owls",
      page: null,
      text: "Barn owls nest in old barns.",
    });
    expect(engine.answer("What is the capital of France?").reason).toBe(
      "“owls” does not cover this.",
    );
  });

  it("names the folder when it is missing", () => {
    expect(failure("/no/such/folder")).toMatch(
      /^\/no\/such\/folder: content folder not found; set CONTENT_DIR/,
    );
  });

  it("says when the folder holds no documents", () => {
    expect(failure(mkdtempSync(join(tmpdir(), "qa-empty-")))).toMatch(
      /no documents; add \.md or \.txt files/,
    );
  });

  it("names an empty file", () => {
    expect(failure(contentFolder({ "good.md": "Text.", "empty.md": "  \n" }))).toMatch(
      /empty\.md: the document has no text/,
    );
  });

  it("names a file with invalid front matter", () => {
    expect(failure(contentFolder({ "bad.md": "---\ntitle: [unclosed\n---\nText." }))).toMatch(
      /bad\.md: invalid YAML front matter/,
    );
    expect(failure(contentFolder({ "open.md": "---\ntitle: x\nText." }))).toMatch(
      /open\.md: front matter opened with --- is never closed/,
    );
    expect(failure(contentFolder({ "list.md": "---\n- a\n- b\n---\nText." }))).toMatch(
      /list\.md: front matter must be/,
    );
    expect(failure(contentFolder({ "nested.md": "---\ntitle:\n  a: b\n---\nText." }))).toMatch(
      /nested\.md: front matter field "title" must be text/,
    );
  });

  it("names a file that is not UTF-8", () => {
    const latin1 = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]);
    expect(failure(contentFolder({ "latin1.txt": latin1 }))).toMatch(
      /latin1\.txt: not UTF-8 text; save it as UTF-8/,
    );
  });
});
