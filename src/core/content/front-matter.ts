import { parse as parseYaml } from "yaml";

/** Metadata a document may declare in its front matter. */
export interface DocumentMetadata {
  title?: string;
  author?: string;
  publication?: string;
  pages?: string;
  url?: string;
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
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new FrontMatterError(`invalid YAML front matter: ${reason}`);
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
  return { metadata, body: source.slice(match[0].length) };
}
