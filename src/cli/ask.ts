/**
 * `npm run --silent ask -- "question"`: answers from the terminal, no Discord
 * needed. `--help` lists the flags.
 */
import "../runtime/closed-pipe.ts";
import { createInterface } from "node:readline";
import type { AnswerEngine } from "../core/index.ts";
import { ContentError, createEngine, MAX_ANSWER_LIMIT, PAGE_SIZE } from "../core/index.ts";
import {
  contentLimitsFrom,
  defaultCacheDir,
  defaultContentDir,
} from "../runtime/content-settings.ts";
import { fail } from "../runtime/fail.ts";
import { type CommandSpec, parseCommandLine, usageLine } from "./command-line.ts";
import { formatAnswer } from "./terminal-format.ts";

const ASK: CommandSpec = {
  script: "ask",
  summary:
    "Answers a question about the documents in content/ (or CONTENT_DIR) by quoting the passages that answer it.",
  operands: '"question"',
  flags: {
    json: { type: "boolean", description: "print the answer object as JSON" },
    jsonl: {
      type: "boolean",
      description: "read one question per line from stdin, print one answer object per line",
    },
    content: {
      type: "string",
      value: "DIR",
      description: "answer from another folder of .md/.txt documents",
    },
    limit: {
      type: "string",
      value: "N",
      description: `quote at most N passages, 1 to ${MAX_ANSWER_LIMIT} (default ${PAGE_SIZE})`,
    },
    offset: {
      type: "string",
      value: "N",
      description: "skip the N best passages: the next page, as an answer's nextOffset says",
    },
  },
  examples: [
    'npm run --silent ask -- "Why is Tehran a useful ally for Moscow?"',
    'npm run --silent ask -- --json "Which countries are in BRICS?"',
    "printf 'Who is Lavrov?\\nWhat is BRICS?\\n' | npm run --silent ask -- --jsonl",
  ],
};

const commandLine = parseCommandLine(ASK);
const limitText = commandLine.text("limit");
const limit = limitText === undefined ? PAGE_SIZE : Number(limitText);
if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ANSWER_LIMIT)
  fail(`--limit must be a whole number from 1 to ${MAX_ANSWER_LIMIT}`);

const offsetText = commandLine.text("offset");
const offset = offsetText === undefined ? 0 : Number(offsetText);
if (!Number.isInteger(offset) || offset < 0) fail("--offset must be a whole number of at least 0");

const readsStdin = commandLine.isSet("jsonl");
const question = commandLine.positionals.join(" ");
if (readsStdin && question !== "")
  fail("--jsonl reads the questions from stdin, one a line; give none on the command line");
if (!readsStdin && question.trim() === "") fail(`no question given; ${usageLine(ASK)}`);

let engine: AnswerEngine;
try {
  const contentDir = commandLine.text("content") ?? defaultContentDir();
  engine = createEngine(contentDir, defaultCacheDir(contentDir), contentLimitsFrom());
} catch (error) {
  if (error instanceof ContentError) fail(error.message);
  throw error;
}

if (readsStdin) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    process.stdout.write(`${JSON.stringify(engine.answer(line, { limit, offset }))}\n`);
  }
} else {
  const answer = engine.answer(question, { limit, offset });
  console.log(
    commandLine.isSet("json")
      ? JSON.stringify(answer, null, 2)
      : formatAnswer(answer, process.stdout.isTTY === true),
  );
}
