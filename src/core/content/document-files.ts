import type { Stats } from "node:fs";
import { readdirSync, realpathSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";

/** Content that can't be used; `message` is one line naming the file, the fault and what to do. */
export class ContentError extends Error {
  override name = "ContentError";
}

/** A document file found in the content folder. */
export interface DocumentFile {
  /** Path as found, e.g. `content/2024/report.md`. */
  path: string;
  /** The path to name in messages: relative to the working directory. */
  shown: string;
  /** Where it really is (links resolved); always inside the content folder. */
  realPath: string;
  /** Its document id: path inside the folder without extension, `/` between folders. */
  id: string;
  /** Path inside the folder, `/` between folders: what the files are ordered by. */
  name: string;
  size: number;
}

const DOCUMENT_EXTENSIONS = new Set([".md", ".txt"]);
/** Deepest subfolder read; deeper ones are refused rather than walked without end. */
export const MAX_FOLDER_DEPTH = 16;
/** Most documents one folder may hold. */
export const MAX_DOCUMENT_FILES = 100_000;

/** Whether a file called `name` is a document the loader reads (.md or .txt, not hidden). */
export const isDocumentName = (name: string) =>
  !isHiddenName(name) && DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase());

/** Hidden files and folders (a name starting with `.`) are skipped. */
const isHiddenName = (name: string) => name.startsWith(".");

/**
 * The document id of the file at `name` inside the content folder (`/`
 * between folders): the name without its extension. Two files with one id
 * (`report.md`, `report.txt`) are refused.
 */
export const documentId = (name: string) => name.slice(0, name.length - extname(name).length);
const shownPath = (path: string) => relative(process.cwd(), path) || path;

/** Whether `path` is `folder` or lies inside it (both real paths). */
function isInside(folder: string, path: string): boolean {
  const inner = relative(folder, path);
  return (
    inner === "" || (!inner.startsWith(`..${sep}`) && inner !== ".." && !inner.startsWith(sep))
  );
}

/** Resolves a link (or a plain path) to where it really is, saying what to do when it can't. */
function resolve(path: string): string {
  try {
    return realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const shown = shownPath(path);
    if (code === "ELOOP")
      throw new ContentError(
        `${shown}: a link that leads back to itself in a loop; remove it, or point it at a file`,
      );
    if (code === "ENOENT")
      throw new ContentError(
        `${shown}: a link to something that does not exist; remove the link, or restore what it points to`,
      );
    throw new ContentError(
      `${shown}: cannot be read (${code ?? error}); check that the bot may read it`,
    );
  }
}

/**
 * Every `.md` and `.txt` file in `dir` and its subfolders, ordered by their
 * path inside it.
 * Hidden files and folders (starting with `.`) are skipped. Only regular
 * files are taken, and only where their real path stays inside the folder:
 * a link that leads out of it (to `/etc/passwd`, a `.env`, `/dev/zero`) is
 * refused, naming the file, and so is a FIFO, device or socket with a
 * document's name. A link to a folder already read is skipped, so a loop of
 * folders ends. Throws {@link ContentError}.
 */
export function findDocumentFiles(dir: string): DocumentFile[] {
  let root: string;
  try {
    root = realpathSync(dir);
    if (!statSync(root).isDirectory())
      throw new ContentError(
        `${dir}: not a folder; set CONTENT_DIR to a folder of .md or .txt documents`,
      );
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(
      `${dir}: content folder not found; set CONTENT_DIR (or --content) to a folder of .md or .txt documents`,
    );
  }
  const files: DocumentFile[] = [];
  const foldersRead = new Set<string>([root]);
  const walk = (folder: string, realFolder: string, idPrefix: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(realFolder).sort();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new ContentError(
        `${shownPath(folder)}: cannot be read (${code}); check that the bot may read it`,
      );
    }
    for (const name of names) {
      if (isHiddenName(name)) continue;
      const path = join(folder, name);
      const isDocument = isDocumentName(name);
      let realPath: string;
      try {
        realPath = resolve(path);
      } catch (error) {
        // A broken link with another name was never going to be read.
        if (!isDocument) continue;
        throw error;
      }
      let stats: Stats;
      try {
        stats = statSync(realPath);
      } catch {
        continue;
      }
      if (!stats.isDirectory() && !isDocument) continue;
      if (!isInside(root, realPath))
        throw new ContentError(
          `${shownPath(path)}: a link to ${realPath}, outside the content folder; the bot reads only what is inside it, so copy the file in instead of linking to it`,
        );
      if (stats.isDirectory()) {
        if (foldersRead.has(realPath)) continue;
        if (depth >= MAX_FOLDER_DEPTH)
          throw new ContentError(
            `${shownPath(path)}: folders nested deeper than ${MAX_FOLDER_DEPTH} levels; move its documents up`,
          );
        foldersRead.add(realPath);
        walk(path, realPath, `${idPrefix}${name}/`, depth + 1);
        continue;
      }
      if (!stats.isFile())
        throw new ContentError(
          `${shownPath(path)}: not a regular file (a pipe, device or socket); the bot reads only regular files, so remove it from the content folder`,
        );
      files.push({
        path,
        shown: shownPath(path),
        realPath,
        id: documentId(`${idPrefix}${name}`),
        name: `${idPrefix}${name}`,
        size: stats.size,
      });
      if (files.length > MAX_DOCUMENT_FILES)
        throw new ContentError(
          `${dir}: more than ${MAX_DOCUMENT_FILES} documents; join small ones into larger files`,
        );
    }
  };
  walk(dir, root, "", 0);
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
