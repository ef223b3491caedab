import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  ContentError,
  contentLimitsFrom,
  DEFAULT_MAX_FILE_MB,
  DEFAULT_MAX_TOTAL_MB,
  type LoadProgress,
  loadContent,
  loadDocument,
} from "../../../src/core/content/load-content.ts";

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

describe("contentLimitsFrom: the size limits set in the environment", () => {
  it("uses the defaults when the settings are missing or blank", () => {
    const defaults = {
      maxFileBytes: DEFAULT_MAX_FILE_MB * MEGABYTE,
      maxTotalBytes: DEFAULT_MAX_TOTAL_MB * MEGABYTE,
    };
    expect(defaults).toEqual({ maxFileBytes: 20 * MEGABYTE, maxTotalBytes: 200 * MEGABYTE });
    expect(contentLimitsFrom({})).toEqual(defaults);
    expect(contentLimitsFrom({ CONTENT_MAX_FILE_MB: "  ", CONTENT_MAX_TOTAL_MB: "" })).toEqual(
      defaults,
    );
  });

  it("reads each setting as megabytes, fractions and spaces allowed", () => {
    expect(contentLimitsFrom({ CONTENT_MAX_FILE_MB: " 1.5 ", CONTENT_MAX_TOTAL_MB: "3" })).toEqual({
      maxFileBytes: 1.5 * MEGABYTE,
      maxTotalBytes: 3 * MEGABYTE,
    });
  });

  it("refuses a setting that is not a number above 0, naming it and what it held", () => {
    for (const value of ["0", "-1", "abc", "Infinity"])
      expect(failure(() => contentLimitsFrom({ CONTENT_MAX_TOTAL_MB: value }))).toBe(
        `CONTENT_MAX_TOTAL_MB must be a number of megabytes above 0 (got "${value}"); fix it in .env or leave it empty`,
      );
    expect(failure(() => contentLimitsFrom({ CONTENT_MAX_FILE_MB: "0" }))).toMatch(
      /^CONTENT_MAX_FILE_MB must be/,
    );
  });

  it("reads process.env when given no environment", () => {
    const before = process.env.CONTENT_MAX_FILE_MB;
    process.env.CONTENT_MAX_FILE_MB = "2";
    try {
      expect(contentLimitsFrom().maxFileBytes).toBe(2 * MEGABYTE);
    } finally {
      if (before === undefined) delete process.env.CONTENT_MAX_FILE_MB;
      else process.env.CONTENT_MAX_FILE_MB = before;
    }
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

  it("takes the file size limit from the environment when none is given", () => {
    const dir = folderOf({ "big.md": "x".repeat(1.5 * MEGABYTE) });
    const before = process.env.CONTENT_MAX_FILE_MB;
    process.env.CONTENT_MAX_FILE_MB = "1";
    try {
      expect(failure(() => loadDocument(join(dir, "big.md")))).toMatch(/1\.5 MB, over the 1 MB/);
    } finally {
      if (before === undefined) delete process.env.CONTENT_MAX_FILE_MB;
      else process.env.CONTENT_MAX_FILE_MB = before;
    }
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
