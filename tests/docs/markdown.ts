import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { runShell } from "../cli/run-command.ts";

/** The text of the file at `path` (relative to the project's root). */
export function readDoc(path: string): string {
  return readFileSync(path, "utf8");
}

/**
 * The text of the section of `markdown` under the heading `title`, up to the
 * next heading of its level or above.
 */
export function section(markdown: string, title: string): string {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const heading = new RegExp(`^(#+) ${escaped}$`, "m").exec(markdown);
  if (!heading?.[1]) throw new Error(`no section "${title}"`);
  const rest = markdown.slice(heading.index + heading[0].length);
  const next = new RegExp(`^#{1,${heading[1].length}} `, "m").exec(rest);
  return next ? rest.slice(0, next.index) : rest;
}

/** The fenced code blocks of `text` in `language` ("" for blocks without one), in order. */
export function codeBlocks(text: string, language: string): string[] {
  return [...text.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, "gm"))].map(
    (match) => match[1] ?? "",
  );
}

/** The `ask` command lines of a text's shell examples; `npm ci` is taken as done. */
export function askLinesOf(text: string): string[] {
  return codeBlocks(text, "sh")
    .flatMap((block) => block.split("\n"))
    .filter((line) => line.includes("npm run --silent ask --"))
    .map((line) => line.replace(/^npm ci && /, ""));
}

/** Each example starts real processes; on a busy machine that takes a while. */
export const PROCESS_TIMEOUT_MS = 60_000;

/** Runs an `ask` example as printed and checks it answers the way its flags say. */
export async function expectAskWorksAsPrinted(line: string): Promise<void> {
  const { stdout, stderr, code } = await runShell(line);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  expect(stdout.trim()).not.toBe("");
  if (line.includes("--jsonl"))
    for (const answer of stdout.trimEnd().split("\n"))
      expect(JSON.parse(answer)).toHaveProperty("passages");
  else if (line.includes("--json")) expect(JSON.parse(stdout)).toHaveProperty("passages");
  else expect(stdout).toMatch(/^1\. “/);
}
