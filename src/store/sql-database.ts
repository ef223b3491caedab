/** One statement's result: the rows it returned and how many rows it changed. */
export interface SqlResult<Row> {
  rows: Row[];
  changes: number;
}

/** Runs one statement; `?` marks each parameter, in order, whatever the database. */
export type SqlQuery = <Row = Record<string, unknown>>(
  sql: string,
  params?: readonly SqlValue[],
) => Promise<SqlResult<Row>>;

export type SqlValue = string | number | null;

/**
 * The little a store needs of a SQL database, so one set of statements runs
 * on SQLite and on PostgreSQL alike.
 */
export interface SqlDatabase {
  readonly kind: "sqlite" | "postgres";
  query: SqlQuery;
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back
   * when it throws. `exclusive` also keeps other processes from running
   * theirs meanwhile (migrations).
   */
  transaction<T>(work: (query: SqlQuery) => Promise<T>, exclusive?: boolean): Promise<T>;
  close(): Promise<void>;
}
