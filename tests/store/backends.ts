import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { StoreLocation } from "../../src/store/open-store.ts";

/** A kind of database the storage tests run on, and how to get an empty one. */
export interface Backend {
  name: "sqlite" | "postgres";
  /** Where a new, empty store lives. */
  freshLocation(): Promise<StoreLocation>;
  /** Removes what {@link freshLocation} made. */
  cleanUp(): Promise<void>;
}

/** The throwaway PostgreSQL server `scripts/with-postgres.sh` starts (`.ci/run` uses it). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

/** SQLite in a real file, in a new temporary folder each time. */
export const sqlite: Backend = {
  name: "sqlite",
  async freshLocation() {
    return { dataDir: mkdtempSync(join(tmpdir(), "qa-store-")) };
  },
  async cleanUp() {},
};

/** A new database on the test server each time, dropped at the end. */
function postgres(url: string): Backend {
  const made: string[] = [];
  const admin = () => new pg.Client({ connectionString: url });
  return {
    name: "postgres",
    async freshLocation() {
      const name = `qa_test_${randomBytes(6).toString("hex")}`;
      const client = admin();
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      made.push(name);
      const databaseUrl = new URL(url);
      databaseUrl.pathname = `/${name}`;
      return { dataDir: "unused", databaseUrl: databaseUrl.href };
    },
    async cleanUp() {
      const client = admin();
      await client.connect();
      for (const name of made.splice(0)) await client.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * The backends to run on: SQLite always; PostgreSQL when TEST_DATABASE_URL
 * names a server. CI must run both, so there its absence is an error.
 */
export function backends(): Backend[] {
  if (TEST_DATABASE_URL) return [sqlite, postgres(TEST_DATABASE_URL)];
  if (process.env.CI)
    throw new Error("CI must test PostgreSQL too: run the tests under scripts/with-postgres.sh");
  console.warn(
    "PostgreSQL storage tests skipped: no TEST_DATABASE_URL (run `bash scripts/with-postgres.sh npx vitest run tests/store`)",
  );
  return [sqlite];
}
