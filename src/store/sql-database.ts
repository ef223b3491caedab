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

/** How a transaction commits. */
export interface TransactionOptions {
  /** Keeps other processes from running theirs meanwhile (migrations). Default false. */
  exclusive?: boolean;
  /**
   * Whether the commit has reached the disk when the transaction resolves
   * (default true). False lets it return before: it still survives the
   * process being killed, but not the machine losing power just then.
   */
  durable?: boolean;
}

/**
 * The little a store needs of a SQL database, so one set of statements runs
 * on SQLite and on PostgreSQL alike.
 */
export interface SqlDatabase {
  readonly kind: "sqlite" | "postgres";
  query: SqlQuery;
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back
   * when it throws.
   */
  transaction<T>(work: (query: SqlQuery) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
}
