import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join, relative } from "node:path";
import { cleanWebText } from "./clean-web-text.ts";
import type { DocumentMetadata } from "./front-matter.ts";
import { FrontMatterError, splitFrontMatter } from "./front-matter.ts";
import type { PagedText } from "./page-markers.ts";
import { removePageMarkers } from "./page-markers.ts";

/** One document of the content folder, ready to be split into passages. */
export interface ContentDocument extends PagedText {
  /** Stable id: the file name without its extension. */
  id: string;
  /** Path of the file, relative to the working directory. */
  file: string;
  title: string;
  metadata: DocumentMetadata;
}

/** Content that can't be used; `message` is one line naming the file and the fault. */
export class ContentError extends Error {
  override name = "ContentError";
}

const DOCUMENT_EXTENSIONS = new Set([".md", ".txt"]);
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Turns a file name such as `Southern_California.md` into `Southern California`. */
function titleFromFileName(file: string): string {
  return basename(file, extname(file)).replace(/[_-]+/g, " ").trim();
}

/** Reads and checks one document file. */
export function loadDocument(path: string): ContentDocument {
  const file = relative(process.cwd(), path) || path;
  let source: string;
  try {
    source = utf8.decode(readFileSync(path));
  } catch (error) {
    if (error instanceof TypeError)
      throw new ContentError(`${file}: not UTF-8 text; save it as UTF-8`);
    throw new ContentError(
      `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`,
    );
  }
  source = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let split: ReturnType<typeof splitFrontMatter>;
  try {
    split = splitFrontMatter(source);
  } catch (error) {
    if (error instanceof FrontMatterError) throw new ContentError(`${file}: ${error.message}`);
    throw error;
  }
  const body = cleanWebText(split.body);
  if (body.replace(/\[End Page \d+\]/g, "").trim() === "") {
    throw new ContentError(`${file}: the document has no text; add its text or remove the file`);
  }
  const paged = removePageMarkers(body);
  return {
    id: basename(path, extname(path)),
    file,
    title: split.metadata.title || titleFromFileName(path),
    metadata: split.metadata,
    ...paged,
  };
}

/**
 * Loads every `.md` and `.txt` document in `dir` (not recursive), in file-name
 * order. Throws a {@link ContentError} when the folder or any file is unusable.
 */
export function loadContent(dir: string): ContentDocument[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory())
      throw new ContentError(
        `${dir}: not a folder; set CONTENT_DIR to a folder of .md or .txt documents`,
      );
    names = readdirSync(dir);
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(
      `${dir}: content folder not found; set CONTENT_DIR (or --content) to a folder of .md or .txt documents`,
    );
  }
  const files = names
    .filter((name) => DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase()) && !name.startsWith("."))
    .sort();
  if (files.length === 0) {
    throw new ContentError(`${dir}: no documents; add .md or .txt files to the content folder`);
  }
  return files.map((name) => loadDocument(join(dir, name)));
}
