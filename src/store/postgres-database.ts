import pg from "pg";
import type { SqlDatabase, SqlQuery, SqlValue, TransactionOptions } from "./sql-database.ts";

/** Connections one bot process holds at most: its writes are batched, reports are rare. */
const POOL_SIZE = 4;
/** How long to wait for a connection before a statement fails, in milliseconds. */
const CONNECT_TIMEOUT_MS = 5000;
/** Any number: it names the lock processes take while migrating the same database. */
const MIGRATION_LOCK = 20_240_611;

/** `?` placeholders as PostgreSQL numbers them: `$1`, `$2`, … */
export function numberedPlaceholders(sql: string): string {
  let position = 0;
  return sql.replace(/\?/g, () => {
    position += 1;
    return `$${position}`;
  });
}

/**
 * PostgreSQL through a small pool of `pg` connections, for shards and HTTP
 * replicas on several machines sharing one store. The connection string is
 * a secret (it may hold a password) and is never logged.
 */
export class PostgresDatabase implements SqlDatabase {
  readonly kind = "postgres";
  private readonly pool: pg.Pool;

  constructor(connectionString: string) {
    this.pool = new pg.Pool({
      connectionString,
      max: POOL_SIZE,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    });
    // An idle connection the server dropped must not bring the bot down; the next query reconnects.
    this.pool.on("error", () => undefined);
  }

  query: SqlQuery = async (sql, params = []) => {
    const result = await this.pool.query(numberedPlaceholders(sql), params as SqlValue[]);
    return { rows: result.rows, changes: result.rowCount ?? 0 };
  };

  async transaction<T>(
    work: (query: SqlQuery) => Promise<T>,
    { exclusive = false, durable = true }: TransactionOptions = {},
  ): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      // The server's default waits for the disk; a batch of questions need not.
      if (!durable) await client.query("SET LOCAL synchronous_commit = off");
      if (exclusive) await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      const result = await work(async (sql, params = []) => {
        const done = await client.query(numberedPlaceholders(sql), params as SqlValue[]);
        return { rows: done.rows, changes: done.rowCount ?? 0 };
      });
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
