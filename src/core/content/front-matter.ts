import { parse as parseYaml } from "yaml";

/** Metadata a document may declare in its front matter. */
export interface DocumentMetadata {
  title?: string;
  author?: string;
  publication?: string;
  pages?: string;
  url?: string;
  /** `synonyms:` as written; checked where synonyms are read (see synonyms-file.ts). */
  synonyms?: unknown;
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const TEXT_FIELDS = ["title", "author", "publication", "pages", "url"] as const;

/** Thrown when front matter is present but unusable; the message says why. */
export class FrontMatterError extends Error {}

/**
 * Splits `source` into its YAML front matter (if any) and body. Only the
 * fields of {@link DocumentMetadata} are kept; each must be text or a number.
 */
export function splitFrontMatter(source: string): { metadata: DocumentMetadata; body: string } {
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    if (/^---[ \t]*\n/.test(source))
      throw new FrontMatterError("front matter opened with --- is never closed");
    return { metadata: {}, body: source };
  }
  let parsed: unknown;
  try {
    parsed = parseYaml(match[1] ?? "");
  } catch (error) {
    throw new FrontMatterError(yamlProblem(error));
  }
  if (parsed === null || parsed === undefined) parsed = {};
  if (typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new FrontMatterError("front matter must be a list of `key: value` lines");
  }
  const fields = parsed as Record<string, unknown>;
  const metadata: DocumentMetadata = {};
  for (const key of TEXT_FIELDS) {
    const value = fields[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== "string" && typeof value !== "number") {
      throw new FrontMatterError(`front matter field "${key}" must be text`);
    }
    metadata[key] = String(value).trim();
  }
  if (metadata.url !== undefined) metadata.url = checkedUrl(metadata.url);
  if (fields.synonyms !== undefined && fields.synonyms !== null)
    metadata.synonyms = fields.synonyms;
  return { metadata, body: source.slice(match[0].length) };
}

/**
 * The YAML parser's complaint as one sentence: where in the file (its lines
 * counted from the file's first, the `---`), and how such mistakes are fixed.
 */
function yamlProblem(error: unknown): string {
  const first = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  const where = /^(.*?)\s+at line (\d+), column (\d+):?$/.exec(first);
  const reason = (where ? where[1] : first)?.replace(/[\s:.]+$/, "") ?? "";
  const place = where ? ` at line ${Number(where[2]) + 1}, column ${where[3]}` : "";
  return `invalid YAML front matter${place} (${reason}); put quotes around a value that holds ": " or starts with [, { or a quote`;
}

/** Longest source URL: Discord's limit on a link button's URL. */
export const MAX_URL_CHARS = 512;

/**
 * `url` as replies may link it: an http(s) URL of at most
 * {@link MAX_URL_CHARS} characters, normalised by the URL parser so that
 * characters that could end a Markdown link early (`>`, spaces, quotes) are
 * percent-encoded. Throws {@link FrontMatterError} otherwise.
 */
function checkedUrl(url: string): string {
  const fix = `front matter "url" must be an http:// or https:// address of at most ${MAX_URL_CHARS} characters`;
  if (/[\s\p{Cc}\p{Cf}]/u.test(url)) throw new FrontMatterError(`${fix}, without spaces`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FrontMatterError(`${fix}; "${url.slice(0, 80)}" is not one`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw new FrontMatterError(`${fix}; it starts with ${parsed.protocol}`);
  if (parsed.username || parsed.password)
    throw new FrontMatterError(`${fix}, without a user name or password in it`);
  if (parsed.href.length > MAX_URL_CHARS)
    throw new FrontMatterError(`${fix}; this one has ${parsed.href.length}`);
  return parsed.href;
}
