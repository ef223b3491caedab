import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  ContentError,
  findDocumentFiles,
  MAX_FOLDER_DEPTH,
} from "../../../src/core/content/document-files.ts";

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new folder under the system's temporary folder, removed after the test. */
function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "qa-files-"));
  made.push(dir);
  return dir;
}

/** A temporary folder holding `files` (paths inside it, `/` between folders). */
function folderOf(files: Record<string, string>): string {
  const dir = tempFolder();
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

/** The message `findDocumentFiles(dir)` fails with, checked to be a ContentError. */
function failure(dir: string): string {
  try {
    findDocumentFiles(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).name).toBe("ContentError");
    return (error as Error).message;
  }
  throw new Error("findDocumentFiles did not fail");
}

const shown = (path: string) => relative(process.cwd(), path);

describe("findDocumentFiles: what each file found says about itself", () => {
  it("gives the path, the path to show, the real path, the id, the name and the size", () => {
    const dir = folderOf({ "2024/report.v2.md": "Spring report." });
    const path = join(dir, "2024", "report.v2.md");
    expect(findDocumentFiles(dir)).toEqual([
      {
        path,
        shown: shown(path),
        realPath: path,
        id: "2024/report.v2",
        name: "2024/report.v2.md",
        size: "Spring report.".length,
      },
    ]);
  });

  it("gives a link inside the folder the real path of what it links to", () => {
    const dir = folderOf({ "top.md": "Top." });
    symlinkSync(join(dir, "top.md"), join(dir, "alias.md"));
    const alias = findDocumentFiles(dir)[0];
    expect(alias).toMatchObject({ id: "alias", path: join(dir, "alias.md") });
    expect(alias?.realPath).toBe(join(dir, "top.md"));
  });
});

describe("findDocumentFiles: which files are documents", () => {
  it("takes .md and .txt files in any case of extension, and nothing else", () => {
    const dir = folderOf({
      "a.md": "A.",
      "b.TXT": "B.",
      "c.Md": "C.",
      "d.markdown": "D.",
      "e.json": "{}",
      md: "no extension",
    });
    expect(findDocumentFiles(dir).map((file) => file.id)).toEqual(["a", "b", "c"]);
  });

  it("skips hidden files and hidden folders", () => {
    const dir = folderOf({ ".draft.md": "Draft.", ".old/a.md": "Old.", "kept.md": "Kept." });
    expect(findDocumentFiles(dir).map((file) => file.id)).toEqual(["kept"]);
  });

  it("orders documents by their path inside the folder, across subfolders", () => {
    const dir = folderOf({ "b.md": "B.", "a/z.md": "Z.", "a.md": "A.", "a/b/c.md": "C." });
    expect(findDocumentFiles(dir).map((file) => file.name)).toEqual([
      "a.md",
      "a/b/c.md",
      "a/z.md",
      "b.md",
    ]);
  });

  it("skips a broken link that has no document's name", () => {
    const dir = folderOf({ "a.md": "A." });
    symlinkSync(join(dir, "gone"), join(dir, "old-folder"));
    expect(findDocumentFiles(dir).map((file) => file.id)).toEqual(["a"]);
  });

  it("skips a link to a file outside the folder that has no document's name", () => {
    const outside = folderOf({ "secret.json": "{}" });
    const dir = folderOf({ "a.md": "A." });
    symlinkSync(join(outside, "secret.json"), join(dir, "secret.json"));
    expect(findDocumentFiles(dir).map((file) => file.id)).toEqual(["a"]);
  });

  it("reads the folder itself once, whatever links lead back to it", () => {
    const dir = folderOf({ "top.md": "Top." });
    symlinkSync(dir, join(dir, "self"));
    expect(findDocumentFiles(dir).map((file) => file.id)).toEqual(["top"]);
  });

  it("reads a folder's entries in order of their names, so the first of several links names a folder", () => {
    const dir = folderOf({ "sub/a.md": "A." });
    for (const name of ["l7", "l3", "l9", "l1", "l5", "l8", "l2", "l6", "l4"])
      symlinkSync(join(dir, "sub"), join(dir, name));
    expect(findDocumentFiles(dir).map((file) => file.id)).toEqual(["l1/a"]);
  });

  it("reads a linked folder once, by the path met first, and the folder itself not again", () => {
    const dir = folderOf({ "sub/a.md": "A." });
    symlinkSync(dir, join(dir, "self"));
    symlinkSync(join(dir, "sub"), join(dir, "again"));
    symlinkSync(join(dir, "sub"), join(dir, "twice"));
    expect(findDocumentFiles(dir).map((file) => file.id)).toEqual(["again/a"]);
  });
});

describe("findDocumentFiles: what it refuses", () => {
  it("a folder that does not exist", () => {
    expect(failure("/no/such/folder")).toBe(
      "/no/such/folder: content folder not found; set CONTENT_DIR (or --content) to a folder of .md or .txt documents",
    );
  });

  it("a file given as the folder", () => {
    const dir = folderOf({ "a.md": "A." });
    const file = join(dir, "a.md");
    expect(failure(file)).toBe(
      `${file}: not a folder; set CONTENT_DIR to a folder of .md or .txt documents`,
    );
  });

  it("a link to a folder beside the content folder whose name starts like it", () => {
    const parent = tempFolder();
    const dir = join(parent, "content");
    mkdirSync(dir);
    mkdirSync(join(parent, "content-other"));
    writeFileSync(join(parent, "content-other", "b.md"), "B.");
    symlinkSync(join(parent, "content-other"), join(dir, "other"));
    expect(failure(dir)).toBe(
      `${shown(join(dir, "other"))}: a link to ${join(parent, "content-other")}, outside the content folder; the bot reads only what is inside it, so copy the file in instead of linking to it`,
    );
  });

  it("a link to the folder holding the content folder", () => {
    const parent = tempFolder();
    const dir = join(parent, "content");
    mkdirSync(dir);
    symlinkSync(parent, join(dir, "up"));
    expect(failure(dir)).toMatch(/up: a link to .*, outside the content folder/);
  });

  it("a document link in a loop, or to nothing", () => {
    const loop = folderOf({});
    symlinkSync(join(loop, "b.md"), join(loop, "a.md"));
    symlinkSync(join(loop, "a.md"), join(loop, "b.md"));
    expect(failure(loop)).toBe(
      `${shown(join(loop, "a.md"))}: a link that leads back to itself in a loop; remove it, or point it at a file`,
    );
    const dangling = folderOf({});
    symlinkSync(join(dangling, "gone.md"), join(dangling, "link.md"));
    expect(failure(dangling)).toBe(
      `${shown(join(dangling, "link.md"))}: a link to something that does not exist; remove the link, or restore what it points to`,
    );
  });

  it("a document link that cannot be resolved for another reason, naming the reason", () => {
    const dir = folderOf({});
    symlinkSync(join(dir, "y".repeat(300)), join(dir, "long.md"));
    expect(failure(dir)).toBe(
      `${shown(join(dir, "long.md"))}: cannot be read (ENAMETOOLONG); check that the bot may read it`,
    );
  });

  it(`folders nested deeper than ${MAX_FOLDER_DEPTH} levels, and not ones at that depth`, () => {
    const levels = (count: number) => Array.from({ length: count }, (_, n) => `d${n}`).join("/");
    const deepest = folderOf({ [`${levels(MAX_FOLDER_DEPTH)}/a.md`]: "A." });
    expect(findDocumentFiles(deepest).map((file) => file.id)).toEqual([
      `${levels(MAX_FOLDER_DEPTH)}/a`,
    ]);
    const tooDeep = folderOf({ [`${levels(MAX_FOLDER_DEPTH + 1)}/a.md`]: "A." });
    expect(failure(tooDeep)).toBe(
      `${shown(join(tooDeep, levels(MAX_FOLDER_DEPTH + 1)))}: folders nested deeper than ${MAX_FOLDER_DEPTH} levels; move its documents up`,
    );
  });
});
