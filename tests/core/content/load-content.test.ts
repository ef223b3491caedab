import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ContentLimits } from "../../../src/core/content/load-content.ts";
import {
  ContentError,
  DEFAULT_CONTENT_LIMITS,
  DEFAULT_MAX_FILE_MB,
  DEFAULT_MAX_TOTAL_MB,
  type LoadProgress,
  loadContent,
  loadDocument,
} from "../../../src/core/content/load-content.ts";
import { AnswerEngine } from "../../../src/core/index.ts";
import { contentFolder } from "../../helpers.ts";

/** The one-line message `loadContent(dir)` fails with. */
function loadFailure(dir: string, limits?: ContentLimits): string {
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

const MEGABYTE = 1024 * 1024;
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder holding `files` (paths inside it), removed after the test. */
function folderOf(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "qa-load-"));
  made.push(dir);
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

/** The message `run` fails with, checked to be a ContentError. */
function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error("did not fail");
}

const shown = (path: string) => relative(process.cwd(), path);
const roomy = { maxFileBytes: MEGABYTE, maxTotalBytes: MEGABYTE };

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
    expect(loadFailure("/no/such/folder")).toMatch(
      /^\/no\/such\/folder: content folder not found; set CONTENT_DIR/,
    );
  });

  it("says when the folder holds no documents", () => {
    expect(loadFailure(mkdtempSync(join(tmpdir(), "qa-empty-")))).toMatch(
      /no documents; add \.md or \.txt files/,
    );
  });

  it("names an empty file", () => {
    expect(loadFailure(contentFolder({ "good.md": "Text.", "empty.md": "  \n" }))).toMatch(
      /empty\.md: the document has no text/,
    );
  });

  it("names a file with invalid front matter", () => {
    expect(loadFailure(contentFolder({ "bad.md": "---\ntitle: [unclosed\n---\nText." }))).toMatch(
      /bad\.md: invalid YAML front matter at line 2, column \d+ \([^)]*[^:]\); put quotes around/,
    );
    expect(
      loadFailure(contentFolder({ "colon.md": "---\ntitle: Iran: an ally\n---\nText." })),
    ).toMatch(
      /colon\.md: invalid YAML front matter at line 2, column 8 \(Nested mappings are not allowed in compact mappings\); put quotes around a value that holds ": "/,
    );
    expect(loadFailure(contentFolder({ "open.md": "---\ntitle: x\nText." }))).toMatch(
      /open\.md: front matter opened with --- is never closed/,
    );
    expect(loadFailure(contentFolder({ "list.md": "---\n- a\n- b\n---\nText." }))).toMatch(
      /list\.md: front matter must be/,
    );
    expect(loadFailure(contentFolder({ "nested.md": "---\ntitle:\n  a: b\n---\nText." }))).toMatch(
      /nested\.md: front matter field "title" must be text/,
    );
  });

  it("names a file that is not UTF-8", () => {
    const latin1 = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]);
    expect(loadFailure(contentFolder({ "latin1.txt": latin1 }))).toMatch(
      /latin1\.txt: not UTF-8 text; save it as UTF-8/,
    );
  });
});

describe("loadContent refuses what could be turned against the bot", () => {
  it("a link to a file outside the folder, naming it", () => {
    const dir = contentFolder({ "article.md": "Owls hunt at night." });
    symlinkSync("/etc/passwd", join(dir, "passwd.txt"));
    expect(loadFailure(dir)).toMatch(
      /passwd\.txt: a link to \/etc\/passwd, outside the content folder; the bot reads only what is inside it/,
    );
  });

  it("a link out through a linked folder", () => {
    const outside = contentFolder({ "secret.md": "DISCORD_TOKEN=abc" });
    const dir = contentFolder({ "article.md": "Owls hunt at night." });
    symlinkSync(outside, join(dir, "more"));
    expect(loadFailure(dir)).toMatch(/more: a link to .*, outside the content folder/);
  });

  it("a link to a device, without reading it", () => {
    const dir = contentFolder({ "article.md": "Owls hunt at night." });
    symlinkSync("/dev/zero", join(dir, "zero.md"));
    expect(loadFailure(dir)).toMatch(/zero\.md: a link to \/dev\/zero, outside the content folder/);
  });

  it("a FIFO with a document's name, without opening it (which would hang)", () => {
    const dir = contentFolder({ "article.md": "Owls hunt at night." });
    execFileSync("mkfifo", [join(dir, "pipe.md")]);
    expect(loadFailure(dir)).toMatch(
      /pipe\.md: not a regular file \(a pipe, device or socket\); .* remove it from the content folder/,
    );
  });

  it("links that lead nowhere or in a loop, saying what to do", () => {
    const dangling = contentFolder({ "article.md": "Owls hunt at night." });
    symlinkSync(join(dangling, "gone.md"), join(dangling, "link.md"));
    expect(loadFailure(dangling)).toMatch(
      /link\.md: a link to something that does not exist; remove the link, or restore what it points to/,
    );
    const loop = contentFolder({ "article.md": "Owls hunt at night." });
    symlinkSync(join(loop, "b.md"), join(loop, "a.md"));
    symlinkSync(join(loop, "a.md"), join(loop, "b.md"));
    expect(loadFailure(loop)).toMatch(
      /a\.md: a link that leads back to itself in a loop; remove it/,
    );
  });

  it("two files that would be the same document, naming both", () => {
    expect(loadFailure(contentFolder({ "a.md": "Alpha text.", "a.txt": "Beta text." }))).toMatch(
      /a\.md and .*a\.txt would both be document "a"; rename or remove one of them/,
    );
  });

  it("a file over the size limit, and documents over the total limit", () => {
    const limits = { maxFileBytes: 1000, maxTotalBytes: 1500 };
    expect(loadFailure(contentFolder({ "big.md": "Owls. ".repeat(200) }), limits)).toMatch(
      /big\.md: 0 MB, over the 0 MB limit for one document; split it, or raise CONTENT_MAX_FILE_MB/,
    );
    expect(
      loadFailure(
        contentFolder({ "a.md": "Owls. ".repeat(150), "b.md": "Mice. ".repeat(150) }),
        limits,
      ),
    ).toMatch(
      /more than the 0 MB limit \(reached at .*b\.md\); remove some, or raise CONTENT_MAX_TOTAL_MB/,
    );
  });

  it("a source url that is not http(s), too long for Discord, or not a URL", () => {
    const url = (value: string) =>
      loadFailure(contentFolder({ "a.md": `---\nurl: ${value}\n---\nText.` }));
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
    expect(loadFailure(dir)).toBe(
      `${relative(process.cwd(), join(dir, "a.md"))}: [End Page 11] comes after [End Page 12]; pages only count up, so fix the number of one of them`,
    );
  });

  it.each(["[End Page abc]", "[end page 12]", "[End Page 12 ]", "[End  Page 3]"])(
    "refuses %s rather than quoting it as text",
    (marker) => {
      const dir = contentFolder({ "a.md": `Page one. ${marker} Page two.` });
      expect(loadFailure(dir)).toContain(
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

describe("content limits: when none are given", () => {
  it("allows 20 MB a document and 200 MB in all", () => {
    expect(DEFAULT_CONTENT_LIMITS).toEqual({
      maxFileBytes: DEFAULT_MAX_FILE_MB * MEGABYTE,
      maxTotalBytes: DEFAULT_MAX_TOTAL_MB * MEGABYTE,
    });
    expect(DEFAULT_CONTENT_LIMITS).toEqual({
      maxFileBytes: 20 * MEGABYTE,
      maxTotalBytes: 200 * MEGABYTE,
    });
  });
});

describe("loadDocument: one document file", () => {
  it("reads the text, its id, its path as shown, its title and its pages", () => {
    const dir = folderOf({ "Southern_California.md": "Page one.\n[End Page 4]\nPage two." });
    const path = join(dir, "Southern_California.md");
    expect(loadDocument(path)).toEqual({
      id: "Southern_California",
      file: shown(path),
      title: "Southern California",
      metadata: {},
      text: "Page one.\n\nPage two.",
      firstPage: 4,
      breaks: [{ offset: "Page one.\n".length, page: 5 }],
    });
  });

  it("titles a document by its file name, dashes and underscores made one space", () => {
    const dir = folderOf({ "-cool__city--heat_.txt": "Text." });
    expect(loadDocument(join(dir, "-cool__city--heat_.txt")).title).toBe("cool city heat");
  });

  it("prefers the front matter's title, and takes the id given", () => {
    const dir = folderOf({ "a.md": "---\ntitle: Badgers\n---\nBadgers dig setts." });
    const document = loadDocument(join(dir, "a.md"), { id: "2024/a" });
    expect(document).toMatchObject({ id: "2024/a", title: "Badgers", text: "Badgers dig setts." });
  });

  it("reads the real path given, naming the path it was found at", () => {
    const dir = folderOf({ "real.md": "Real text." });
    const document = loadDocument(join(dir, "shown.md"), { realPath: join(dir, "real.md") });
    expect(document).toMatchObject({ id: "shown", text: "Real text." });
    expect(document.file).toBe(shown(join(dir, "shown.md")));
  });

  it("drops a byte-order mark and reads Windows and old Mac line ends as line ends", () => {
    const dir = folderOf({ "a.md": "\uFEFF---\ntitle: T\n---\r\nOne.\r\nTwo.\rThree." });
    const document = loadDocument(join(dir, "a.md"));
    expect(document.title).toBe("T");
    expect(document.text).toBe("One.\nTwo.\nThree.");
  });

  it("drops a byte-order mark only at the start, even doubled", () => {
    const dir = folderOf({ "a.md": "\uFEFF\uFEFFOne.", "b.md": "\uFEFFOne\uFEFFtwo." });
    expect(loadDocument(join(dir, "a.md")).text).toBe("One.");
    expect(loadDocument(join(dir, "b.md")).text).toBe("One\uFEFFtwo.");
  });

  it("reads front matter written with old Mac line ends", () => {
    const dir = folderOf({ "a.md": "---\rtitle: T\r---\rText." });
    const document = loadDocument(join(dir, "a.md"));
    expect(document.title).toBe("T");
    expect(document.text).toBe("Text.");
  });

  it("cleans web-page furniture out of the text", () => {
    const dir = folderOf({ "a.md": "Skip to main content\nThe text." });
    expect(loadDocument(join(dir, "a.md")).text).toBe("The text.");
  });

  it("refuses a document of nothing but page markers or furniture", () => {
    const dir = folderOf({
      "a.md": "[End Page 3]\n[End Page 4]\n",
      "b.md": "Menu\n",
      "c.md": "[End Page 12]\n[End Page 13]",
    });
    for (const name of ["a.md", "b.md", "c.md"])
      expect(failure(() => loadDocument(join(dir, name)))).toBe(
        `${shown(join(dir, name))}: the document has no text; add its text or remove the file`,
      );
  });

  it("keeps a document whose only text is beside a page marker", () => {
    const dir = folderOf({ "a.md": "[End Page 3] x" });
    expect(loadDocument(join(dir, "a.md")).text).toBe("x");
  });

  it("names the file whose front matter is wrong", () => {
    const dir = folderOf({ "a.md": "---\ntitle: x\nText." });
    expect(failure(() => loadDocument(join(dir, "a.md")))).toBe(
      `${shown(join(dir, "a.md"))}: front matter opened with --- is never closed`,
    );
  });

  it("refuses text that is not UTF-8", () => {
    const dir = folderOf({ "a.txt": Uint8Array.from([0x43, 0x61, 0x66, 0xe9]) });
    expect(failure(() => loadDocument(join(dir, "a.txt")))).toBe(
      `${shown(join(dir, "a.txt"))}: not UTF-8 text; save it as UTF-8`,
    );
  });

  it("refuses a missing file, a link and a folder, without reading them", () => {
    const dir = folderOf({ "real.md": "Real text." });
    symlinkSync(join(dir, "real.md"), join(dir, "link.md"));
    mkdirSync(join(dir, "folder.md"));
    expect(failure(() => loadDocument(join(dir, "gone.md")))).toBe(
      `${shown(join(dir, "gone.md"))}: cannot be read (ENOENT); check that it exists and that the bot may read it`,
    );
    expect(failure(() => loadDocument(join(dir, "link.md")))).toBe(
      `${shown(join(dir, "link.md"))}: cannot be read (ELOOP); check that it exists and that the bot may read it`,
    );
    expect(failure(() => loadDocument(join(dir, "folder.md")))).toBe(
      `${shown(join(dir, "folder.md"))}: not a regular file; the bot reads only regular files, so remove it from the content folder`,
    );
  });

  it("reads a file of the size limit, and refuses one a byte over, in megabytes", () => {
    const dir = folderOf({ "a.md": "x".repeat(100), "big.md": "x".repeat(1.5 * MEGABYTE) });
    expect(loadDocument(join(dir, "a.md"), { maxBytes: 100 }).text).toBe("x".repeat(100));
    expect(failure(() => loadDocument(join(dir, "a.md"), { maxBytes: 99 }))).toMatch(
      /a\.md: 0 MB, over the 0 MB limit for one document; split it, or raise CONTENT_MAX_FILE_MB in \.env$/,
    );
    expect(failure(() => loadDocument(join(dir, "big.md"), { maxBytes: MEGABYTE }))).toBe(
      `${shown(join(dir, "big.md"))}: 1.5 MB, over the 1 MB limit for one document; split it, or raise CONTENT_MAX_FILE_MB in .env`,
    );
  });
});

describe("loadContent: a folder of documents", () => {
  it("loads every document in path order, ids from their paths", () => {
    const dir = folderOf({ "b.md": "Bee text.", "a/c.txt": "Sea text.", "a.md": "Ay text." });
    expect(loadContent(dir, roomy).map((document) => [document.id, document.text])).toEqual([
      ["a", "Ay text."],
      ["a/c", "Sea text."],
      ["b", "Bee text."],
    ]);
  });

  it("refuses a folder without documents, naming it", () => {
    const dir = folderOf({ "notes.json": "{}" });
    expect(failure(() => loadContent(dir, roomy))).toBe(
      `${dir}: no documents; add .md or .txt files to the content folder`,
    );
  });

  it("refuses two files that would be one document, naming both", () => {
    const dir = folderOf({ "a.md": "Alpha.", "a.txt": "Beta.", "b.md": "Gamma." });
    expect(failure(() => loadContent(dir, roomy))).toBe(
      `${shown(join(dir, "a.md"))} and ${shown(join(dir, "a.txt"))} would both be document "a"; rename or remove one of them`,
    );
  });

  it("loads documents up to the total limit, and refuses a byte more, naming the file", () => {
    const dir = folderOf({ "a.md": "x".repeat(60), "b.md": "y".repeat(40) });
    expect(loadContent(dir, { maxFileBytes: 100, maxTotalBytes: 100 })).toHaveLength(2);
    expect(failure(() => loadContent(dir, { maxFileBytes: 100, maxTotalBytes: 99 }))).toBe(
      `${dir}: the documents come to more than the 0 MB limit (reached at ${shown(join(dir, "b.md"))}); remove some, or raise CONTENT_MAX_TOTAL_MB in .env`,
    );
  });

  it("holds each file to the file limit", () => {
    const dir = folderOf({ "a.md": "x".repeat(60) });
    expect(failure(() => loadContent(dir, { maxFileBytes: 59, maxTotalBytes: 100 }))).toMatch(
      /a\.md: 0 MB, over the 0 MB limit for one document/,
    );
  });
});

describe("loadContent: progress", () => {
  /** The progress reports of loading files of these sizes. */
  function reportsFor(sizes: number[], limits = roomy): LoadProgress[] {
    const files = Object.fromEntries(sizes.map((size, n) => [`d${n}.md`, "x".repeat(size)]));
    const reports: LoadProgress[] = [];
    loadContent(folderOf(files), limits, (progress) => reports.push(progress));
    return reports;
  }

  it("reports the first file, then each time another tenth of the bytes is loaded", () => {
    expect(reportsFor([10, 5, 5, 80], { maxFileBytes: 100, maxTotalBytes: 100 })).toEqual([
      { documents: 1, ofDocuments: 4, bytes: 10, ofBytes: 100 },
      { documents: 3, ofDocuments: 4, bytes: 20, ofBytes: 100 },
      { documents: 4, ofDocuments: 4, bytes: 100, ofBytes: 100 },
    ]);
  });

  it("always reports the last file", () => {
    expect(reportsFor([50, 1, 1]).map((report) => report.documents)).toEqual([1, 3]);
  });

  it("reports nothing past the total limit", () => {
    const reports: LoadProgress[] = [];
    const dir = folderOf({ "a.md": "x".repeat(10), "b.md": "y".repeat(10) });
    expect(() =>
      loadContent(dir, { maxFileBytes: 100, maxTotalBytes: 15 }, (progress) =>
        reports.push(progress),
      ),
    ).toThrow(ContentError);
    expect(reports.map((report) => report.documents)).toEqual([1]);
  });
});
