/**
 * content/: reading documents. Takes a folder and size limits; gives
 * `ContentDocument`s (id, title, metadata, the text without page markers and
 * where each page begins), or one `ContentError` line naming the file.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { basename, extname, relative } from "node:path";
import { cleanWebText } from "./clean-web-text.ts";
import type { DocumentFile } from "./document-files.ts";
import { ContentError, findDocumentFiles } from "./document-files.ts";
import type { DocumentMetadata } from "./front-matter.ts";
import { FrontMatterError, splitFrontMatter } from "./front-matter.ts";
import type { PagedText } from "./page-markers.ts";
import { PageMarkerError, removePageMarkers } from "./page-markers.ts";

export { ContentError } from "./document-files.ts";

/** One document of the content folder, ready to be split into passages. */
export interface ContentDocument extends PagedText {
  /**
   * Stable id: the file's path inside the content folder, without its
   * extension, with `/` between folders (`report.md` → `report`,
   * `2024/spring/report.md` → `2024/spring/report`).
   */
  id: string;
  /** Path of the file, relative to the working directory. */
  file: string;
  title: string;
  metadata: DocumentMetadata;
}

/** How much the content folder may hold. */
export interface ContentLimits {
  /** Largest document file, in bytes. */
  maxFileBytes: number;
  /** Largest total of all document files, in bytes. */
  maxTotalBytes: number;
}

/** Bytes in a megabyte, as the content limits are set. */
export const MEGABYTE = 1024 * 1024;
/** Default for CONTENT_MAX_FILE_MB: hundreds of times the article, above any one book. */
export const DEFAULT_MAX_FILE_MB = 20;
/** Default for CONTENT_MAX_TOTAL_MB: far above the largest corpus the bot is measured on (10 MB). */
export const DEFAULT_MAX_TOTAL_MB = 200;

/**
 * The limits when none are given. The entry points pass the ones the
 * environment sets (`contentLimitsFrom` in `src/runtime/content-settings.ts`).
 */
export const DEFAULT_CONTENT_LIMITS: ContentLimits = {
  maxFileBytes: DEFAULT_MAX_FILE_MB * MEGABYTE,
  maxTotalBytes: DEFAULT_MAX_TOTAL_MB * MEGABYTE,
};

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Turns a file name such as `Southern_California.md` into `Southern California`. */
function titleFromFileName(file: string): string {
  return basename(file, extname(file)).replace(/[_-]+/g, " ").trim();
}

function megabytes(bytes: number): string {
  return `${(bytes / MEGABYTE).toFixed(1).replace(/\.0$/, "")} MB`;
}

/**
 * The bytes of the regular file at `path`, at most `maxBytes`. Opened
 * without following a link and without blocking, then checked on the open
 * descriptor: a FIFO, device or socket put in its place is never read.
 */
function readRegularFile(path: string, shown: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ContentError(
      `${shown}: cannot be read (${code}); check that it exists and that the bot may read it`,
    );
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile())
      throw new ContentError(
        `${shown}: not a regular file; the bot reads only regular files, so remove it from the content folder`,
      );
    refuseOversize(shown, stats.size, maxBytes);
    const buffer = Buffer.alloc(stats.size);
    let read = 0;
    while (read < buffer.length) {
      const got = readSync(fd, buffer, read, buffer.length - read, read);
      if (got === 0) break;
      read += got;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Refuses a document of `size` bytes over `maxBytes` (CONTENT_MAX_FILE_MB), naming it as `shown`. */
export function refuseOversize(shown: string, size: number, maxBytes: number): void {
  if (size > maxBytes)
    throw new ContentError(
      `${shown}: ${megabytes(size)}, over the ${megabytes(maxBytes)} limit for one document; split it, or raise CONTENT_MAX_FILE_MB in .env`,
    );
}

/** Whether a document's body holds any text besides page markers. */
export function hasText(body: string): boolean {
  return body.replace(/\[End Page \d+\]/g, "").trim() !== "";
}

/**
 * Reads and checks one document file. `id` defaults to the file name without
 * its extension; `realPath` is what to open (the file itself by default).
 */
export function loadDocument(
  path: string,
  options: { id?: string; realPath?: string; maxBytes?: number } = {},
): ContentDocument {
  const file = relative(process.cwd(), path) || path;
  const bytes = readRegularFile(
    options.realPath ?? path,
    file,
    options.maxBytes ?? DEFAULT_CONTENT_LIMITS.maxFileBytes,
  );
  return documentFromBytes(bytes, path, options.id);
}

/**
 * The document the file at `path` holding `bytes` is, checked as the loader
 * checks every document: UTF-8, usable front matter (an http(s) `url` among
 * it), some text. `id` defaults to the file name without its extension.
 * Throws a {@link ContentError} naming the file.
 */
export function documentFromBytes(bytes: Uint8Array, path: string, id?: string): ContentDocument {
  const file = relative(process.cwd(), path) || path;
  let source: string;
  try {
    source = utf8.decode(bytes);
  } catch {
    throw new ContentError(`${file}: not UTF-8 text; save it as UTF-8`);
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
  if (!hasText(body)) {
    throw new ContentError(`${file}: the document has no text; add its text or remove the file`);
  }
  let paged: PagedText;
  try {
    paged = removePageMarkers(body);
  } catch (error) {
    if (error instanceof PageMarkerError) throw new ContentError(`${file}: ${error.message}`);
    throw error;
  }
  return {
    id: id ?? basename(path, extname(path)),
    file,
    title: split.metadata.title || titleFromFileName(path),
    metadata: split.metadata,
    ...paged,
  };
}

/** How far a load has come, for a progress line. */
export interface LoadProgress {
  documents: number;
  ofDocuments: number;
  bytes: number;
  ofBytes: number;
}

/** Progress reports in one load, at most (about one per tenth of the bytes). */
const PROGRESS_STEPS = 10;

/** Refuses two files that would be the same document, naming both. */
export function refuseDuplicateIds(files: readonly Pick<DocumentFile, "id" | "shown">[]): void {
  const seen = new Map<string, Pick<DocumentFile, "id" | "shown">>();
  for (const file of files) {
    const earlier = seen.get(file.id);
    if (earlier)
      throw new ContentError(
        `${earlier.shown} and ${file.shown} would both be document "${file.id}"; rename or remove one of them`,
      );
    seen.set(file.id, file);
  }
}

/**
 * Loads every `.md` and `.txt` document in `dir` and its subfolders, in
 * order of their paths inside it. Only regular files inside the folder are read (see
 * {@link findDocumentFiles}), each and all together within `limits`
 * ({@link DEFAULT_CONTENT_LIMITS} unless given).
 * `onProgress` hears how far it has come, about ten times per load.
 * Throws a {@link ContentError} when the folder or any file is unusable.
 */
export function loadContent(
  dir: string,
  limits: ContentLimits = DEFAULT_CONTENT_LIMITS,
  onProgress?: (progress: LoadProgress) => void,
): ContentDocument[] {
  const files = findDocumentFiles(dir);
  if (files.length === 0) {
    throw new ContentError(`${dir}: no documents; add .md or .txt files to the content folder`);
  }
  refuseDuplicateIds(files);
  const totalBytes = files.reduce((sum, file) => sum + file.size, 0);
  let total = 0;
  let nextReport = 0;
  return files.map((file, index) => {
    total += file.size;
    const last = index === files.length - 1;
    if (onProgress && (total >= nextReport || last) && total <= limits.maxTotalBytes) {
      onProgress({
        documents: index + 1,
        ofDocuments: files.length,
        bytes: total,
        ofBytes: totalBytes,
      });
      nextReport = total + totalBytes / PROGRESS_STEPS;
    }
    if (total > limits.maxTotalBytes)
      throw new ContentError(
        `${dir}: the documents come to more than the ${megabytes(limits.maxTotalBytes)} limit (reached at ${file.shown}); remove some, or raise CONTENT_MAX_TOTAL_MB in .env`,
      );
    return loadDocument(file.path, {
      id: file.id,
      realPath: file.realPath,
      maxBytes: limits.maxFileBytes,
    });
  });
}
