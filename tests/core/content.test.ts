import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import type { ContentLimits } from "../../src/core/content/load-content.ts";
import { AnswerEngine, ContentError, loadContent } from "../../src/core/index.ts";
import { contentFolder } from "../helpers.ts";

/** The one-line message `loadContent(dir)` fails with. */
function failure(dir: string, limits?: ContentLimits): string {
  try {
    loadContent(dir, limits);
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
      /bad\.md: invalid YAML front matter at line 2, column \d+ \([^)]*[^:]\); put quotes around/,
    );
    expect(failure(contentFolder({ "colon.md": "---\ntitle: Iran: an ally\n---\nText." }))).toMatch(
      /colon\.md: invalid YAML front matter at line 2, column 8 \(Nested mappings are not allowed in compact mappings\); put quotes around a value that holds ": "/,
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

describe("loadContent refuses what could be turned against the bot", () => {
  it("a link to a file outside the folder, naming it", () => {
    const dir = contentFolder({ "article.md": "Owls hunt at night." });
    symlinkSync("/etc/passwd", join(dir, "passwd.txt"));
    expect(failure(dir)).toMatch(
      /passwd\.txt: a link to \/etc\/passwd, outside the content folder; the bot reads only what is inside it/,
    );
  });

  it("a link out through a linked folder", () => {
    const outside = contentFolder({ "secret.md": "DISCORD_TOKEN=abc" });
    const dir = contentFolder({ "article.md": "Owls hunt at night." });
    symlinkSync(outside, join(dir, "more"));
    expect(failure(dir)).toMatch(/more: a link to .*, outside the content folder/);
  });

  it("a link to a device, without reading it", () => {
    const dir = contentFolder({ "article.md": "Owls hunt at night." });
    symlinkSync("/dev/zero", join(dir, "zero.md"));
    expect(failure(dir)).toMatch(/zero\.md: a link to \/dev\/zero, outside the content folder/);
  });

  it("a FIFO with a document's name, without opening it (which would hang)", () => {
    const dir = contentFolder({ "article.md": "Owls hunt at night." });
    execFileSync("mkfifo", [join(dir, "pipe.md")]);
    expect(failure(dir)).toMatch(
      /pipe\.md: not a regular file \(a pipe, device or socket\); .* remove it from the content folder/,
    );
  });

  it("links that lead nowhere or in a loop, saying what to do", () => {
    const dangling = contentFolder({ "article.md": "Owls hunt at night." });
    symlinkSync(join(dangling, "gone.md"), join(dangling, "link.md"));
    expect(failure(dangling)).toMatch(
      /link\.md: a link to something that does not exist; remove the link, or restore what it points to/,
    );
    const loop = contentFolder({ "article.md": "Owls hunt at night." });
    symlinkSync(join(loop, "b.md"), join(loop, "a.md"));
    symlinkSync(join(loop, "a.md"), join(loop, "b.md"));
    expect(failure(loop)).toMatch(/a\.md: a link that leads back to itself in a loop; remove it/);
  });

  it("two files that would be the same document, naming both", () => {
    expect(failure(contentFolder({ "a.md": "Alpha text.", "a.txt": "Beta text." }))).toMatch(
      /a\.md and .*a\.txt would both be document "a"; rename or remove one of them/,
    );
  });

  it("a file over the size limit, and documents over the total limit", () => {
    const limits = { maxFileBytes: 1000, maxTotalBytes: 1500 };
    expect(failure(contentFolder({ "big.md": "Owls. ".repeat(200) }), limits)).toMatch(
      /big\.md: 0 MB, over the 0 MB limit for one document; split it, or raise CONTENT_MAX_FILE_MB/,
    );
    expect(
      failure(
        contentFolder({ "a.md": "Owls. ".repeat(150), "b.md": "Mice. ".repeat(150) }),
        limits,
      ),
    ).toMatch(
      /more than the 0 MB limit \(reached at .*b\.md\); remove some, or raise CONTENT_MAX_TOTAL_MB/,
    );
  });

  it("a source url that is not http(s), too long for Discord, or not a URL", () => {
    const url = (value: string) =>
      failure(contentFolder({ "a.md": `---\nurl: ${value}\n---\nText.` }));
    expect(url("javascript:alert(1)")).toMatch(
      /a\.md: front matter "url" must be an http:\/\/ or https:\/\//,
    );
    expect(url(`https://example.org/${"a".repeat(1100)}`)).toMatch(/at most 512 characters/);
    expect(url("not a url")).toMatch(/front matter "url" must be/);
  });
});

describe("loadContent reads subfolders predictably", () => {
  it("ids are paths inside the folder without the extension; links inside the folder are followed once", () => {
    const dir = contentFolder({ "top.md": "Top text." });
    mkdirSync(join(dir, "2024", "spring"), { recursive: true });
    writeFileSync(join(dir, "2024", "spring", "report.md"), "Spring report.");
    mkdirSync(join(dir, "notes.md"));
    writeFileSync(
      join(dir, "notes.md", "inner.txt"),
      "A folder named like a document is a folder.",
    );
    mkdirSync(join(dir, ".hidden"));
    writeFileSync(join(dir, ".hidden", "secret.md"), "Hidden.");
    symlinkSync(join(dir, "2024"), join(dir, "again"));
    symlinkSync(join(dir, "top.md"), join(dir, "alias.md"));
    expect(loadContent(dir).map((document) => document.id)).toEqual([
      "2024/spring/report",
      "alias",
      "notes.md/inner",
      "top",
    ]);
  });

  it("a source url is kept normalised, so nothing in it can end a Markdown link", () => {
    const [document] = loadContent(
      contentFolder({
        "a.md":
          "---\nurl: https://a.example/>)**[click-me](https://evil.example/phish)\n---\nText.",
      }),
    );
    expect(document?.metadata.url).toBe(
      "https://a.example/%3E)**[click-me](https://evil.example/phish)",
    );
  });
});

describe("loadContent progress", () => {
  it("reports how far it has come, about ten times, ending with everything loaded", () => {
    const files = Object.fromEntries(
      Array.from({ length: 40 }, (_, n) => [`doc-${String(n).padStart(2, "0")}.md`, `Owl ${n}.`]),
    );
    const reports: { documents: number; ofDocuments: number }[] = [];
    loadContent(contentFolder(files), undefined, (progress) => reports.push(progress));
    expect(reports.length).toBeGreaterThanOrEqual(5);
    expect(reports.length).toBeLessThanOrEqual(12);
    expect(reports.map((report) => report.documents)).toEqual(
      [...reports.map((report) => report.documents)].sort((a, b) => a - b),
    );
    expect(reports.at(-1)).toMatchObject({ documents: 40, ofDocuments: 40 });
  });
});

describe("page markers", () => {
  it("refuses markers whose pages do not count up, naming the file and both markers", () => {
    const dir = contentFolder({
      "a.md":
        "Page eleven. [End Page 11] Page twelve. [End Page 12] Page thirteen. [End Page 11] More.",
    });
    expect(failure(dir)).toBe(
      `${relative(process.cwd(), join(dir, "a.md"))}: [End Page 11] comes after [End Page 12]; pages only count up, so fix the number of one of them`,
    );
  });

  it.each(["[End Page abc]", "[end page 12]", "[End Page 12 ]", "[End  Page 3]"])(
    "refuses %s rather than quoting it as text",
    (marker) => {
      const dir = contentFolder({ "a.md": `Page one. ${marker} Page two.` });
      expect(failure(dir)).toContain(
        `: ${marker} is not a page marker the bot reads; write [End Page N], N the number of the page that ends there`,
      );
    },
  );

  it("reads markers that count up, skipping pages or not", () => {
    const dir = contentFolder({
      "a.md": "One. [End Page 3] Two. [End Page 4] Three. [End Page 9] Four.",
    });
    const [document] = loadContent(dir);
    expect(document?.breaks.map((pageBreak) => pageBreak.page)).toEqual([4, 5, 10]);
    expect(document?.text).not.toContain("[End Page");
  });
});
