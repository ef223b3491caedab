import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/core/index.ts";
import { run, runCli } from "./run-command.ts";

const ask = (args: string[], input?: string) => runCli("ask", args, input);

/** Each test starts real processes; on a busy machine that takes a while. */
const PROCESS_TIMEOUT_MS = 60_000;

describe("npm run ask", { timeout: PROCESS_TIMEOUT_MS }, () => {
  it("prints quoted passages with their citations", async () => {
    const { stdout, code } = await ask(["Who compared Iran to the Soviet Union?"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Russian Iran-watcher");
    expect(stdout).toMatch(/— The Newest Power Couple: .+, p\. 85, ¶7/);
  });

  it("says plainly when the article does not cover the question", async () => {
    // Off topic, sharing no word with the article: nothing near enough to suggest.
    const { stdout, code } = await ask(["How do I bake sourdough bread?"]);
    expect(code).toBe(0);
    // One line naming what was searched: the article, or its title.
    expect(stdout.trim()).toMatch(/^[^\n]+ does not cover this\.$/);
  });

  it("--json prints the answer object", async () => {
    const { stdout } = await ask(["--json", "--limit", "2", "Which countries are in BRICS?"]);
    const answer = JSON.parse(stdout) as Answer;
    expect(answer.noAnswer).toBe(false);
    expect(answer.passages).toHaveLength(2);
    expect(answer.passages[0]).toMatchObject({ document: "newest-power-couple", page: 85 });
    expect(answer.passages[0]?.text).toContain("Brazil, Russia, India, China, and South Africa");
  });

  it("--jsonl answers one question per line, in order, and prints nothing else", async () => {
    const questions = ["Who is Lavrov?", "", "What is the capital of France?", "🙂"];
    const { stdout, code } = await ask(["--jsonl"], `${questions.join("\n")}\n`);
    expect(code).toBe(0);
    const answers = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Answer);
    expect(answers.map((a) => a.question)).toEqual(questions);
    expect(answers.map((a) => a.noAnswer)).toEqual([false, true, true, true]);
  });

  it("npm run --silent ask -- --jsonl writes only answer objects", async () => {
    const { stdout, code } = await run(
      "npm",
      ["run", "--silent", "ask", "--", "--jsonl"],
      "Who is Putin?\nWhat is BRICS?\n",
    );
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty("passages");
  });

  it("--content indexes another folder", async () => {
    const { stdout, code } = await ask([
      "--content",
      "tests/fixtures/owls",
      "--json",
      "Where do barn owls nest?",
    ]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Answer).passages[0]?.document).toBe("owls");
  });

  it("reports broken content in one line, exit code 1, no stack trace", async () => {
    const { stderr, code } = await ask(["--content", "/no/such/dir", "anything"]);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      "/no/such/dir: content folder not found; set CONTENT_DIR (or --content) to a folder of .md or .txt documents",
    );
  });

  it("asks for a question when given none, with the full usage line", async () => {
    const { stderr, code } = await ask([]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'no question given; usage: npm run --silent ask -- [--json] [--jsonl] [--content DIR] [--limit N] [--offset N] "question"\n',
    );
  });

  it.each(["--help", "-h"])("%s lists every flag and exits 0", async (flag) => {
    const { stdout, stderr, code } = await ask([flag]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    for (const listed of ["--json", "--jsonl", "--content DIR", "--limit N", "-h, --help"])
      expect(stdout).toMatch(new RegExp(`^  ${listed} +\\S`, "m"));
  });

  it("names an unknown option in one line and points at --help", async () => {
    const { stdout, stderr, code } = await ask(["--jsno", "Who is Lavrov?"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe("unknown option --jsno; see npm run --silent ask -- --help\n");
  });

  it("--jsonl refuses a question on the command line", async () => {
    const { stderr, code } = await ask(["--jsonl", "Who is Lavrov?"]);
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it.each([
    [["--limit", "-1", "Who is Lavrov?"], "--limit must be a whole number from 1 to 25"],
    [["--offset", "-3", "Who is Lavrov?"], "--offset must be a whole number of at least 0"],
    [["Who is Lavrov?", "--limit"], "--limit needs a value; see npm run --silent ask -- --help"],
    [["--json=yes", "Who is Lavrov?"], "--json takes no value; see npm run --silent ask -- --help"],
  ])("%j: one line saying what is wrong, exit code 1", async (args, message) => {
    const { stdout, stderr, code } = await ask(args);
    expect([code, stdout, stderr]).toEqual([1, "", `${message}\n`]);
  });

  it("says when more passages follow, and when --offset is past them all", async () => {
    const first = await ask(["--limit", "1", "Russia and Iran"]);
    expect(first.code).toBe(0);
    expect(first.stdout.trimEnd().split("\n").at(-1)).toBe(
      "More passages follow: --offset 1 shows them.",
    );
    const past = await ask(["--offset", "999", "Russia and Iran"]);
    expect([past.code, past.stdout]).toEqual([
      0,
      "No passages there: --offset skips every passage found for this question; try a smaller one.\n",
    ]);
  });
});
