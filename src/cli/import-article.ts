/**
 * `npm run --silent import -- RAW.txt --out content/NAME.md --title …`: turns
 * text copied from an article's web page into a content document, removing
 * the page's furniture and keeping `[End Page N]` markers as page breaks.
 * `--help` lists the flags and what is removed.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { stringify } from "yaml";
import { cleanWebText, REMOVED_FURNITURE } from "../core/content/clean-web-text.ts";
import { isDocumentName } from "../core/content/document-files.ts";
import { hasText } from "../core/content/load-content.ts";
import { defaultContentDir } from "../runtime/content-settings.ts";
import { fail } from "../runtime/fail.ts";
import { type CommandSpec, parseCommandLine, usageLine } from "./command-line.ts";
import { refuseWhatTheLoaderRefuses } from "./import-checks.ts";

/** Front matter fields, in the order they are written. */
const METADATA_FLAGS = ["title", "author", "publication", "pages", "url"] as const;

const IMPORT: CommandSpec = {
  script: "import",
  summary:
    "Turns text copied from an article's web page (select all, copy, paste into a .txt file) into a content document: removes the page's furniture, keeps [End Page N] markers as page breaks, and writes the details below as front matter.",
  operands: "RAW.txt",
  flags: {
    out: {
      type: "string",
      value: "FILE",
      required: true,
      description:
        "the document to write, e.g. content/my-article.md (a missing folder is created)",
    },
    title: {
      type: "string",
      value: "TITLE",
      required: true,
      description: "the article's title, as answers cite it",
    },
    author: { type: "string", value: "NAME", description: "who wrote it" },
    publication: { type: "string", value: "TEXT", description: "journal, volume, publisher" },
    pages: { type: "string", value: "RANGE", description: "the article's pages, e.g. 84–88" },
    url: {
      type: "string",
      value: "URL",
      description: "where it was published (answers link to it)",
    },
    force: { type: "boolean", description: "overwrite FILE if it exists" },
  },
  details: [{ heading: "removes:", items: REMOVED_FURNITURE }],
  examples: [
    'npm run --silent import -- page.txt --out content/street-trees.md --title "Street Trees and the Urban Heat Island" --author "Hannah Okafor" --url "https://example.org/article/142"',
  ],
};

/** A file system error, in words. */
function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a folder, not a file";
    case "ENOTDIR":
    case "EEXIST":
      return "part of the path is a file, not a folder";
    case "EROFS":
      return "read-only file system";
    case "ENOSPC":
      return "no space left on the disk";
    default:
      return code ?? String(error);
  }
}

/** Reads the copied page as UTF-8 text, or ends with one line saying what is wrong. */
function readPage(input: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(input);
  } catch (error) {
    fail(
      `${input}: cannot be read (${describeFileError(error)}); give the .txt file you pasted the page into`,
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    fail(`${input}: not UTF-8 text; save it as UTF-8 and try again`);
  }
}

/**
 * Checks that `out` can be written: a .md or .txt file, not a folder, not an
 * existing file unless `force`; creates its folder when missing. Returns the
 * folder it created, if any.
 */
function prepareOutput(out: string, force: boolean): string | undefined {
  if (!isDocumentName(out))
    fail(`--out ${out}: the bot reads only .md and .txt documents; end the name with .md`);
  if (existsSync(out)) {
    if (statSync(out).isDirectory())
      fail(`--out ${out} is a folder; name the file to write, e.g. ${join(out, "my-article.md")}`);
    if (!force) fail(`${out} already exists; add --force to overwrite it`);
    return undefined;
  }
  const folder = dirname(out);
  if (existsSync(folder)) {
    if (!statSync(folder).isDirectory())
      fail(`cannot write ${out}: ${folder} is a file, not a folder`);
    return undefined;
  }
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    fail(`cannot create the folder ${folder} for ${out} (${describeFileError(error)})`);
  }
  return folder;
}

const commandLine = parseCommandLine(IMPORT);
const [input, ...extra] = commandLine.positionals;
const out = commandLine.text("out");
const title = commandLine.text("title");
if (input === undefined) fail(`no input file given; ${usageLine(IMPORT)}`);
if (extra.length > 0)
  fail(
    `one input file at a time, got ${[input, ...extra].join(", ")}; put values with spaces in quotes`,
  );
if (out === undefined)
  fail("--out is missing: the document to write, e.g. --out content/my-article.md");
if (title === undefined || title.trim() === "")
  fail('--title is missing: the article\'s title, e.g. --title "The Newest Power Couple"');

const page = readPage(input);
const text = cleanWebText(page, { title, author: commandLine.text("author") });
if (!hasText(text))
  fail(
    `${input}: no article text left once the page's furniture is removed; is it the text copied from the article?`,
  );

const metadata = Object.fromEntries(
  METADATA_FLAGS.map((name) => [name, commandLine.text(name)?.trim()]).filter(([, value]) => value),
);
const document = `---\n${stringify(metadata)}---\n\n${text}\n`;
refuseWhatTheLoaderRefuses(out, document);
const createdFolder = prepareOutput(out, commandLine.isSet("force"));
try {
  writeFileSync(out, document);
} catch (error) {
  fail(`cannot write ${out} (${describeFileError(error)})`);
}

const paragraphs = text.split("\n\n").length;
const pageMarkers = text.match(/\[End Page \d+\]/g)?.length ?? 0;
if (createdFolder !== undefined) console.log(`created the folder ${createdFolder}`);
console.log(`wrote ${out}: ${paragraphs} paragraphs, ${pageMarkers} page markers`);
const contentDir = defaultContentDir();
if (resolve(dirname(out)) !== resolve(contentDir))
  console.log(
    `the bot answers from ${contentDir}/ (CONTENT_DIR); move ${out} there or set CONTENT_DIR=${dirname(out)}`,
  );
