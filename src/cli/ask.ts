/**
 * `npm run ask -- "question"`: answers from the terminal, no Discord needed.
 *   --json         print the answer object
 *   --jsonl        read one question per line from stdin, write one answer object per line
 *   --content DIR  index another folder of documents
 *   --limit N      quote at most N passages (default 3)
 */
import "./closed-pipe.ts";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import type { AnswerEngine } from "../core/index.ts";
import { ContentError, createEngine, defaultContentDir } from "../core/index.ts";
import { fail } from "./fail.ts";
import { formatAnswer } from "./terminal-format.ts";

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      jsonl: { type: "boolean", default: false },
      content: { type: "string" },
      limit: { type: "string" },
    },
  });
}
try {
  parsed = parse();
} catch (error) {
  fail(
    `${error instanceof Error ? error.message : error}\nusage: npm run ask -- [--json] [--content DIR] [--limit N] "question"`,
  );
}
const { values, positionals } = parsed;
const limit = values.limit === undefined ? 3 : Number(values.limit);
if (!Number.isInteger(limit) || limit < 1 || limit > 25)
  fail("--limit must be a whole number from 1 to 25");

let engine: AnswerEngine;
try {
  engine = createEngine(values.content ?? defaultContentDir());
} catch (error) {
  if (error instanceof ContentError) fail(error.message);
  throw error;
}

if (values.jsonl) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    process.stdout.write(`${JSON.stringify(engine.answer(line, { limit }))}\n`);
  }
} else {
  const question = positionals.join(" ");
  if (question.trim() === "") fail('usage: npm run ask -- "your question"');
  const answer = engine.answer(question, { limit });
  console.log(
    values.json
      ? JSON.stringify(answer, null, 2)
      : formatAnswer(answer, process.stdout.isTTY === true),
  );
}
