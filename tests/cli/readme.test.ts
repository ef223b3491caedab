import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REMOVED_FURNITURE } from "../../src/core/content/clean-web-text.ts";
import { runShell } from "./run-command.ts";

const README = readFileSync("README.md", "utf8");

/** The text of the README section under the heading `title`, up to the next heading of its level or above. */
function section(title: string): string {
  const heading = new RegExp(`^(#+) ${title}$`, "m").exec(README);
  if (!heading?.[1]) throw new Error(`README has no section "${title}"`);
  const rest = README.slice(heading.index + heading[0].length);
  const next = new RegExp(`^#{1,${heading[1].length}} `, "m").exec(rest);
  return next ? rest.slice(0, next.index) : rest;
}

/** The fenced code blocks of `text` in `language`, in order. */
function codeBlocks(text: string, language: string): string[] {
  return [...text.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, "gm"))].map(
    (match) => match[1] ?? "",
  );
}

/**
 * The shape of a JSON value: the same keys, each with the same type, arrays
 * by the shape of their elements; the values themselves left out.
 */
function shapeOf(value: unknown): unknown {
  if (value === null) return "null";
  if (Array.isArray(value)) return [...new Set(value.map((item) => JSON.stringify(shapeOf(item))))];
  if (typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shapeOf(item)]));
  return typeof value;
}

const terminal = section("Asking from the terminal");
/** The `ask` command lines of a section's shell examples; `npm ci` is taken as done. */
const askLinesOf = (text: string) =>
  codeBlocks(text, "sh")
    .flatMap((block) => block.split("\n"))
    .filter((line) => line.includes("npm run --silent ask --"))
    .map((line) => line.replace(/^npm ci && /, ""));
const askLines = [...askLinesOf(section("Quick start")), ...askLinesOf(terminal)];

/** Each test starts real processes; on a busy machine that takes a while. */
const PROCESS_TIMEOUT_MS = 60_000;

describe("the README's terminal examples", { timeout: PROCESS_TIMEOUT_MS }, () => {
  it("are there", () => {
    expect(askLines.length).toBeGreaterThanOrEqual(5);
  });

  it.each(askLines)("%s — works as printed", async (line) => {
    const { stdout, stderr, code } = await runShell(line);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.trim()).not.toBe("");
    if (line.includes("--jsonl"))
      for (const answer of stdout.trimEnd().split("\n"))
        expect(JSON.parse(answer)).toHaveProperty("passages");
    else if (line.includes("--json")) expect(JSON.parse(stdout)).toHaveProperty("passages");
    else expect(stdout).toMatch(/^1\. “/);
  });

  it("show the answer object with the keys and types the command prints", async () => {
    const command = askLines.find((line) => / --json /.test(line));
    const [example] = codeBlocks(terminal, "json");
    if (!command || !example) throw new Error("README lacks the --json command and its output");
    const { stdout, code } = await runShell(command);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { question: string };
    const shown = JSON.parse(example) as { question: string };
    expect(shapeOf(shown)).toEqual(shapeOf(printed));
    expect(shown.question).toBe(printed.question);
  });
});

describe("the README's import section", () => {
  const importing = section("Importing an article");

  it("lists exactly what the clean-up removes", () => {
    const listed = [...importing.matchAll(/^- (.+)$/gm)].map((match) => match[1]);
    expect(listed).toEqual([...REMOVED_FURNITURE]);
  });
});

describe("the README's first screen", () => {
  // What a reader sees before scrolling: the title, the summary and the note under it.
  const firstScreen = README.split("\n").slice(0, 6).join("\n");

  it("says the bundled text is the free preview, and what to do for the full article", () => {
    expect(firstScreen).toContain("free preview");
    expect(firstScreen).toContain("pp. 84–86 of 84–88");
    expect(firstScreen).toMatch(/full article, drop its text into `content\/`/);
  });

  it("says a content change needs a restart", () => {
    expect(firstScreen).toMatch(/restart it after any change/);
  });
});
