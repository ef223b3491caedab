import { describe, expect, it } from "vitest";
import { runShell } from "../cli/run-command.ts";
import {
  askLinesOf,
  codeBlocks,
  expectAskWorksAsPrinted,
  PROCESS_TIMEOUT_MS,
  readDoc,
  section,
} from "./markdown.ts";

const DOC = readDoc("docs/answer-json.md");
const terminal = section(DOC, "Asking from the terminal");
const answerObject = section(DOC, "The answer object");
const askLines = [...askLinesOf(terminal), ...askLinesOf(answerObject)];

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

describe("docs/answer-json.md's terminal examples", { timeout: PROCESS_TIMEOUT_MS }, () => {
  it("are there", () => {
    expect(askLines.length).toBeGreaterThanOrEqual(5);
  });

  it.each(askLines)("%s — works as printed", expectAskWorksAsPrinted);

  it("show the answer object with the keys and types the command prints", async () => {
    const command = askLines.find((line) => / --json /.test(line));
    const [example] = codeBlocks(answerObject, "json");
    if (!command || !example)
      throw new Error("docs/answer-json.md lacks the --json command and its output");
    const { stdout, code } = await runShell(command);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { question: string };
    const shown = JSON.parse(example) as { question: string };
    expect(shapeOf(shown)).toEqual(shapeOf(printed));
    expect(shown.question).toBe(printed.question);
  });

  it("describe every field of the answer object", () => {
    const [example] = codeBlocks(answerObject, "json");
    const described = [...answerObject.matchAll(/^\| ((?:`\w+`(?:, )?)+) \|/gm)].flatMap((row) =>
      [...(row[1] ?? "").matchAll(/`(\w+)`/g)].map((name) => name[1]),
    );
    for (const field of Object.keys(JSON.parse(example ?? "{}") as object))
      expect(described).toContain(field);
  });
});
