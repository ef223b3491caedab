import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDoc } from "./markdown.ts";

/** A named number: `const NAME = <number…>;`, exported or not, its value read to the semicolon. */
const NAMED_NUMBER = /^\s*(?:export )?const ([A-Z][A-Z0-9_]*)\s*(?::[^=]+)?=\s*(-?[0-9][^;]*);/;
/** A row of the table: `| `NAME` | `value` | `file` | reason |`. */
const TABLE_ROW = /^\| `([A-Z][A-Z0-9_]*)` \| `([^`]+)` \| `([^`]+)` \| (.*) \|$/;

/** The `.ts` files under `dir`, in path order. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return path.endsWith(".ts") ? [path] : [];
    });
}

/** Every named number in `src/`, as "file NAME = value". */
function namedNumbers(): string[] {
  return sourceFiles("src").flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line) => {
        const match = NAMED_NUMBER.exec(line);
        return match ? [`${file} ${match[1]} = ${match[2]?.trim()}`] : [];
      }),
  );
}

/** The rows of docs/tunables.md's table, as "file NAME = value", with their reasons. */
function tableRows(): { entry: string; reason: string }[] {
  return readDoc("docs/tunables.md")
    .split("\n")
    .flatMap((line) => {
      const match = TABLE_ROW.exec(line);
      if (!match) return [];
      const [, name, value, file, reason] = match;
      return [{ entry: `${file} ${name} = ${value}`, reason: reason?.trim() ?? "" }];
    });
}

describe("docs/tunables.md: every named number of src/ beside its reason", () => {
  it("lists each named number of the source, with its value and file, and no other", () => {
    const listed = tableRows().map((row) => row.entry);
    const defined = namedNumbers();
    expect(defined.length).toBeGreaterThan(100);
    expect(defined.filter((entry) => !listed.includes(entry))).toEqual([]);
    expect(listed.filter((entry) => !defined.includes(entry))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("gives a reason for each", () => {
    expect(tableRows().filter((row) => row.reason === "")).toEqual([]);
  });

  it("points to where the fitted parameters and their fitting are", () => {
    const page = readDoc("docs/tunables.md");
    expect(page).toContain("src/core/evidence/fitted-parameters.ts");
    expect(page).toContain("(fitting.md)");
  });
});
