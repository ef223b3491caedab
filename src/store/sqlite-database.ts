import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import type {
  SqlDatabase,
  SqlQuery,
  SqlResult,
  SqlValue,
  TransactionOptions,
} from "./sql-database.ts";

/**
 * How long a statement waits for another process's write to finish (shards
 * of one bot share the file) before failing, in milliseconds.
 */
const BUSY_TIMEOUT_MS = 5000;

/**
 * SQLite in one file through better-sqlite3. Write-ahead logging lets the
 * report read while questions are written. A durable transaction commits
 * with `synchronous = FULL`: the commit reaches the disk before it returns,
 * so a vote acknowledged to a member survives the process being killed, or
 * the machine losing power, right after. Other transactions (batches of
 * questions) commit with `synchronous = NORMAL`: in the log, safe from a
 * killed process, without waiting for the disk — the driver is synchronous,
 * and a wait for the disk would hold up every answer meanwhile.
 * Statements run one at a time, in order.
 */
export class SqliteDatabase implements SqlDatabase {
  /**
   * The open connections of this process, by file. The driver blocks while
   * it waits for a lock, so a second connection to the same file in one
   * process would wait on a transaction the first cannot finish meanwhile:
   * stores on one file share one connection, and its queue, instead.
   */
  private static readonly open = new Map<string, { database: SqliteDatabase; users: number }>();

  /** The connection to the file at `path`, shared within the process; each user closes it once. */
  static shared(path: string): SqlDatabase {
    const key = resolve(path);
    const known = SqliteDatabase.open.get(key);
    if (known) {
      known.users += 1;
    } else {
      SqliteDatabase.open.set(key, { database: new SqliteDatabase(path), users: 1 });
    }
    let closed = false;
    const entry = SqliteDatabase.open.get(key) as { database: SqliteDatabase; users: number };
    return {
      kind: "sqlite",
      query: (sql, params) => entry.database.query(sql, params),
      transaction: (work, options) => entry.database.transaction(work, options),
      close: async () => {
        if (closed) return;
        closed = true;
        entry.users -= 1;
        if (entry.users > 0) return;
        SqliteDatabase.open.delete(key);
        await entry.database.close();
      },
    };
  }

  readonly kind = "sqlite";
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  /** Work runs one piece at a time, so no statement slips into another's transaction. */
  private tail: Promise<unknown> = Promise.resolve();
  /** The connection's `synchronous` setting, changed only between transactions. */
  private synchronous: "FULL" | "NORMAL";

  /** Opens (creating if need be) the database file at `path`, or in memory for ":memory:". */
  constructor(path: string) {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = FULL");
    this.synchronous = "FULL";
    this.db.pragma("foreign_keys = ON");
  }

  query: SqlQuery = (sql, params = []) => this.serially(() => this.run(sql, params));

  transaction<T>(
    work: (query: SqlQuery) => Promise<T>,
    { exclusive = false, durable = true }: TransactionOptions = {},
  ): Promise<T> {
    return this.serially(async () => {
      const synchronous = durable ? "FULL" : "NORMAL";
      if (synchronous !== this.synchronous) {
        this.db.pragma(`synchronous = ${synchronous}`);
        this.synchronous = synchronous;
      }
      // IMMEDIATE takes the write lock at once: two processes never both read, then both write.
      this.db.exec(exclusive ? "BEGIN EXCLUSIVE" : "BEGIN IMMEDIATE");
      try {
        const result = await work(async (sql, params = []) => this.run(sql, params));
        this.db.exec("COMMIT");
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec("ROLLBACK");
        throw error;
      }
    });
  }

  async close(): Promise<void> {
    await this.tail.catch(() => undefined);
    this.db.close();
  }

  private serially<T>(work: () => T | Promise<T>): Promise<T> {
    const next = this.tail.catch(() => undefined).then(work);
    this.tail = next.catch(() => undefined);
    return next;
  }

  private run<Row>(sql: string, params: readonly SqlValue[]): SqlResult<Row> {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    if (statement.reader) return { rows: statement.all(...params) as Row[], changes: 0 };
    return { rows: [], changes: statement.run(...params).changes };
  }
}
