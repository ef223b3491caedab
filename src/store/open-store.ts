import { join } from "node:path";
import { migrate } from "./migrations.ts";
import { PostgresDatabase } from "./postgres-database.ts";
import type { QuestionStore } from "./question-store.ts";
import type { SqlDatabase } from "./sql-database.ts";
import { SqlStore } from "./sql-store.ts";
import { SqliteDatabase } from "./sqlite-database.ts";

/** Name of the SQLite file inside the data folder. */
export const STORE_FILE = "questions.sqlite";

/** Where the store lives: PostgreSQL when a URL is given, else SQLite in `dataDir`. */
export interface StoreLocation {
  dataDir: string;
  /** postgres://… ; a secret, never logged. */
  databaseUrl?: string;
}

/** The store could not be opened; the message is one line saying where and what to do. */
export class StoreError extends Error {
  override name = "StoreError";
}

/** Where `location` keeps its data, as logs may show it (never the database URL). */
export function describeLocation(location: StoreLocation): string {
  return location.databaseUrl ? "PostgreSQL (DATABASE_URL)" : join(location.dataDir, STORE_FILE);
}

/**
 * Opens the store at `location`, creating the file or the tables on first
 * use and bringing an older schema up to date. Throws {@link StoreError}
 * when it cannot be read or written (a corrupt file, a folder without write
 * permission, a database that refuses the connection).
 */
export async function openStore(location: StoreLocation): Promise<QuestionStore> {
  let database: SqlDatabase | undefined;
  try {
    database = location.databaseUrl
      ? new PostgresDatabase(location.databaseUrl)
      : SqliteDatabase.shared(join(location.dataDir, STORE_FILE));
    await migrate(database);
    return new SqlStore(database);
  } catch (error) {
    await database?.close().catch(() => undefined);
    const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
    const fix = location.databaseUrl
      ? "check DATABASE_URL and that the server is running"
      : "check that DATA_DIR is a folder the bot may write to; a corrupt file can be moved away to start afresh";
    throw new StoreError(
      `The question store at ${describeLocation(location)} cannot be used (${redactUrl(reason, location.databaseUrl)}); ${fix}`,
    );
  }
}

/** `text` without the database URL or its password, should a driver's message quote them. */
function redactUrl(text: string, url: string | undefined): string {
  if (!url) return text;
  let hidden = text.replaceAll(url, "[DATABASE_URL]");
  try {
    const password = decodeURIComponent(new URL(url).password);
    if (password) hidden = hidden.replaceAll(password, "[redacted]");
  } catch {
    // Not a URL the parser reads: the whole string was replaced already.
  }
  return hidden;
}
