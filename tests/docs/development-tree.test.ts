import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeBlocks, readDoc, section } from "./markdown.ts";

/** How far below `src/` the layout must list every folder. */
const SRC_DEPTH = 2;
/** Spaces of indentation per level of the layout. */
const INDENT = 2;

interface Entry {
  /** Path from the project's root; folders end with "/". */
  path: string;
  /** Leading spaces of its line. */
  indent: number;
  /** How many folders of the layout it stands under. */
  depth: number;
}

/**
 * The entries of the layout block of docs/development.md: one a line, the
 * first word of the line (a folder ending with "/", or a file), indented
 * under its folder; the rest of the line describes it.
 */
function layoutEntries(): Entry[] {
  const [block] = codeBlocks(section(readDoc("docs/development.md"), "Project layout"), "");
  if (!block) throw new Error("docs/development.md has no layout block under Project layout");
  const folders: Entry[] = [];
  const entries: Entry[] = [];
  for (const line of block.split("\n")) {
    if (line.trim() === "") continue;
    const indent = line.length - line.trimStart().length;
    const name = line.trim().split(/\s+/)[0] as string;
    while (folders.length > 0 && (folders.at(-1) as Entry).indent >= indent) folders.pop();
    const entry = { path: `${folders.at(-1)?.path ?? ""}${name}`, indent, depth: folders.length };
    entries.push(entry);
    if (name.endsWith("/")) folders.push(entry);
  }
  return entries;
}

/** The folders under `dir`, `depth` levels down at most, as "dir/sub/". */
function foldersUnder(dir: string, depth: number): string[] {
  if (depth === 0) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return [`${path}/`, ...foldersUnder(path, depth - 1)];
    });
}

describe("the layout in docs/development.md", () => {
  const entries = layoutEntries();

  it("is there", () => {
    expect(entries.length).toBeGreaterThan(10);
  });

  it("indents each entry one level under its folder", () => {
    const misplaced = entries.filter(({ indent, depth }) => indent !== depth * INDENT);
    expect(misplaced).toEqual([]);
  });

  it("lists only folders and files that exist, folders as folders", () => {
    const missing = entries
      .map(({ path }) => path)
      .filter((path) => {
        if (!existsSync(path)) return true;
        return path.endsWith("/") !== statSync(path).isDirectory();
      });
    expect(missing).toEqual([]);
  });

  it(`lists every folder of src/ down to ${SRC_DEPTH} levels`, () => {
    const listed = new Set(entries.map(({ path }) => path));
    const unlisted = foldersUnder("src", SRC_DEPTH).filter((folder) => !listed.has(folder));
    expect(unlisted).toEqual([]);
  });
});
