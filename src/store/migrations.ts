import type { SqlDatabase } from "./sql-database.ts";

/**
 * The store's schema, one version at a time: a version once released is
 * never edited, a change is a new version. Every statement is plain SQL that
 * SQLite and PostgreSQL both read the same way.
 */
export const MIGRATIONS: readonly { version: number; statements: readonly string[] }[] = [
  {
    version: 1,
    statements: [
      `CREATE TABLE questions (
        id TEXT PRIMARY KEY,
        guild_id TEXT,
        channel_id TEXT,
        asker_id TEXT NOT NULL,
        asked_at BIGINT NOT NULL,
        question TEXT NOT NULL,
        question_key TEXT NOT NULL,
        outcome TEXT NOT NULL,
        passages TEXT NOT NULL,
        content TEXT NOT NULL
      )`,
      "CREATE INDEX questions_by_guild ON questions (guild_id, asked_at)",
      "CREATE INDEX questions_by_time ON questions (asked_at)",
      "CREATE INDEX questions_by_asker ON questions (asker_id)",
      "CREATE INDEX questions_by_key ON questions (question_key, asked_at)",
      `CREATE TABLE unknown_words (
        question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        word TEXT NOT NULL,
        PRIMARY KEY (question_id, word)
      )`,
      `CREATE TABLE votes (
        question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        voter_id TEXT NOT NULL,
        helpful SMALLINT NOT NULL,
        voted_at BIGINT NOT NULL,
        PRIMARY KEY (question_id, voter_id)
      )`,
      "CREATE INDEX votes_by_voter ON votes (voter_id)",
    ],
  },
];

/** The latest schema version this build knows. */
export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map(({ version }) => version));

/**
 * Brings `database` up to {@link SCHEMA_VERSION}, creating it on first use.
 * Runs in one exclusive transaction, so processes starting together migrate
 * once. A store written by a newer build is refused rather than misread.
 */
export async function migrate(database: SqlDatabase): Promise<void> {
  await database.transaction(
    async (query) => {
      await query(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)",
      );
      const { rows } = await query<{ version: number | string | null }>(
        "SELECT MAX(version) AS version FROM schema_version",
      );
      const current = Number(rows[0]?.version ?? 0);
      if (current > SCHEMA_VERSION)
        throw new Error(
          `the store has schema version ${current}, newer than this version of the bot knows (${SCHEMA_VERSION}); run the newer version`,
        );
      for (const migration of MIGRATIONS) {
        if (migration.version <= current) continue;
        for (const statement of migration.statements) await query(statement);
        await query("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)", [
          migration.version,
          Date.now(),
        ]);
      }
    },
    { exclusive: true },
  );
}
