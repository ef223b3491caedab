import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REMOVED_FURNITURE } from "../../src/core/content/clean-web-text.ts";
import { splitFrontMatter } from "../../src/core/content/front-matter.ts";
import type { Answer } from "../../src/core/index.ts";
import { run, runCli } from "./run-command.ts";

const PAGE = "tests/fixtures/journal-page.txt";
const EXPECTED = readFileSync("tests/fixtures/journal-page.expected.txt", "utf8").trim();
const TITLE = "Street Trees and the Urban Heat Island: Evidence from Forty European Cities";
const AUTHOR = "Hannah Okafor";

const scratch = mkdtempSync(join(tmpdir(), "qa-import-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let folders = 0;
/** A new empty folder for one test. */
function folder(): string {
  const dir = join(scratch, `case-${++folders}`);
  mkdirSync(dir);
  return dir;
}

const importPage = (args: string[]) => runCli("import-article", args);

/** Ends like a command-line error should: one line on stderr, no stack trace, exit code 1. */
function expectOneLineError(result: { stderr: string; code: number }, text: string): void {
  expect(result.code).toBe(1);
  expect(result.stderr.endsWith("\n")).toBe(true);
  expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).toContain(text);
}

/** Each test starts real processes; on a busy machine that takes a while. */
const PROCESS_TIMEOUT_MS = 60_000;

describe("npm run import", { timeout: PROCESS_TIMEOUT_MS }, () => {
  it.each(["--help", "-h"])("%s lists every flag and everything it removes", async (flag) => {
    const { stdout, code } = await importPage([flag]);
    expect(code).toBe(0);
    for (const listed of ["--out FILE", "--title TITLE", "--author", "--publication", "--pages"])
      expect(stdout).toContain(`  ${listed}`);
    for (const listed of ["--url", "--force", "-h, --help"])
      expect(stdout).toContain(`  ${listed}`);
    for (const removed of REMOVED_FURNITURE) expect(stdout).toContain(`  - ${removed}\n`);
  });

  it("turns another site's article page into the article's text and its front matter", async () => {
    const out = join(folder(), "street-trees.md");
    const result = await importPage([
      PAGE,
      "--out",
      out,
      "--title",
      TITLE,
      "--author",
      AUTHOR,
      "--url",
      "https://example.org/article/142",
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`wrote ${out}: 9 paragraphs, 0 page markers`);
    const written = splitFrontMatter(readFileSync(out, "utf8"));
    expect(written.metadata).toEqual({
      title: TITLE,
      author: AUTHOR,
      url: "https://example.org/article/142",
    });
    expect(written.body.trim()).toBe(EXPECTED);
  });

  it("leaves no page furniture for the bot to quote", async () => {
    const dir = folder();
    await importPage([PAGE, "--out", join(dir, "street-trees.md"), "--title", TITLE]);
    const questions = [
      "Do you accept all cookies and share on Facebook?",
      "How much does canopy cover cool a street?",
    ];
    const { stdout } = await runCli(
      "ask",
      ["--content", dir, "--jsonl", "--limit", "5"],
      `${questions.join("\n")}\n`,
    );
    const [furniture, article] = stdout
      .trimEnd()
      .split("\n")
      .map((line) => {
        const answer = JSON.parse(line) as Answer;
        return [...answer.passages, ...answer.suggestions]
          .map((passage) => passage.text)
          .join("\n");
      });
    expect(furniture).not.toMatch(/cookie|facebook|share on/i);
    expect(article).toContain("1.3 °C");
  });

  it("creates a missing output folder and says so", async () => {
    const out = join(folder(), "new", "deeper", "street-trees.md");
    const { stdout, code } = await importPage([PAGE, "--out", out, "--title", TITLE]);
    expect(code).toBe(0);
    expect(stdout).toContain(`created the folder ${join(out, "..")}`);
    expect(existsSync(out)).toBe(true);
  });

  it("refuses to overwrite a document without --force, and overwrites it with", async () => {
    const out = join(folder(), "street-trees.md");
    writeFileSync(out, "---\ntitle: Mine\n---\n\nMy own text.\n");
    expectOneLineError(
      await importPage([PAGE, "--out", out, "--title", TITLE]),
      `${out} already exists; add --force to overwrite it`,
    );
    expect(readFileSync(out, "utf8")).toContain("My own text.");
    const forced = await importPage([
      PAGE,
      ...["--out", out, "--title", TITLE, "--author", AUTHOR, "--force"],
    ]);
    expect(forced.code).toBe(0);
    expect(splitFrontMatter(readFileSync(out, "utf8")).body.trim()).toBe(EXPECTED);
  });

  it("refuses an output folder it cannot create", async () => {
    const file = join(folder(), "not-a-folder");
    writeFileSync(file, "");
    expectOneLineError(
      await importPage([PAGE, "--out", join(file, "sub", "a.md"), "--title", TITLE]),
      `cannot create the folder ${join(file, "sub")} for ${join(file, "sub", "a.md")} (part of the path is a file, not a folder)`,
    );
  });

  it("refuses --out naming a folder or a file the bot would not read", async () => {
    const dir = folder();
    expectOneLineError(
      await importPage([PAGE, "--out", dir, "--title", TITLE]),
      `--out ${dir}: the bot reads only .md and .txt documents`,
    );
    const folderNamedMd = join(dir, "x.md");
    mkdirSync(folderNamedMd);
    expectOneLineError(
      await importPage([PAGE, "--out", folderNamedMd, "--title", TITLE]),
      `--out ${folderNamedMd} is a folder; name the file to write`,
    );
  });

  it("names an input file that is missing, a folder, or not UTF-8", async () => {
    const dir = folder();
    const latin1 = join(dir, "latin1.txt");
    writeFileSync(latin1, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    const out = join(dir, "out.md");
    const cases: [string, string][] = [
      [join(dir, "missing.txt"), "missing.txt: cannot be read (no such file or folder)"],
      [dir, `${dir}: cannot be read (it is a folder, not a file)`],
      [latin1, `${latin1}: not UTF-8 text; save it as UTF-8 and try again`],
    ];
    for (const [input, message] of cases)
      expectOneLineError(await importPage([input, "--out", out, "--title", TITLE]), message);
    expect(existsSync(out)).toBe(false);
  });

  it.skipIf(process.getuid?.() === 0)("names an input file it may not read", async () => {
    const input = join(folder(), "secret.txt");
    writeFileSync(input, "text");
    chmodSync(input, 0o000);
    expectOneLineError(
      await importPage([input, "--out", join(folder(), "a.md"), "--title", TITLE]),
      "secret.txt: cannot be read (permission denied)",
    );
  });

  it("refuses a page with no article text left", async () => {
    const input = join(folder(), "furniture.txt");
    writeFileSync(input, "Skip to main content\nMenu\nSearch\n© 2024 Example Press\n");
    expectOneLineError(
      await importPage([input, "--out", join(folder(), "a.md"), "--title", TITLE]),
      "no article text left once the page's furniture is removed",
    );
  });

  describe("refuses, writing nothing, what the bot would then refuse to start with", () => {
    it("a url that is not http(s)", async () => {
      const out = join(folder(), "a.md");
      expectOneLineError(
        await importPage([PAGE, "--out", out, "--title", TITLE, "--url", "javascript:alert(1)"]),
        // The loader names a file by its path from the working folder, wherever the temp folder is.
        `${relative(process.cwd(), out) || out}: front matter "url" must be an http:// or https:// address`,
      );
      expect(existsSync(out)).toBe(false);
    });

    it("a document over CONTENT_MAX_FILE_MB", async () => {
      const out = join(folder(), "a.md");
      // The page's text is about 3 KB; a limit of 1 KB stands in for a 22 MB page over the 20 MB default.
      const result = await run(
        "node_modules/.bin/tsx",
        ["src/cli/import-article.ts", PAGE, "--out", out, "--title", TITLE],
        "",
        { CONTENT_MAX_FILE_MB: "0.001" },
      );
      expectOneLineError(result, "over the 0 MB limit for one document");
      expect(existsSync(out)).toBe(false);
    });

    it("a document with the id of one already in the folder", async () => {
      const dir = folder();
      writeFileSync(join(dir, "y.md"), "Text already there.\n");
      const out = join(dir, "y.txt");
      expectOneLineError(
        await importPage([PAGE, "--out", out, "--title", TITLE]),
        // Named as the bot would name them at start-up: relative to the working folder.
        `${relative(".", join(dir, "y.md"))} and ${relative(".", out)} would both be document "y"`,
      );
      expect(existsSync(out)).toBe(false);
    });
  });

  it.each([
    [[], "no input file given; usage: npm run --silent import -- --out FILE --title TITLE"],
    [["--out", "x.md", "--title", "T"], "no input file given"],
    [[PAGE, "--title", "T"], "--out is missing"],
    [[PAGE, "--out", "x.md"], "--title is missing"],
    [[PAGE, "Street", "--out", "x.md", "--title", "T"], "one input file at a time"],
    [[PAGE, "--titel", "T"], "unknown option --titel; see npm run --silent import -- --help"],
  ])("%j: one line saying what is missing", async (args, message) => {
    expectOneLineError(await importPage(args), message);
  });
});
