import type {
  Erased,
  Pruned,
  QuestionRecord,
  Report,
  ReportScope,
  VoteRecord,
  VoteResult,
} from "./records.ts";

/**
 * Where questions and votes are kept: SQLite in a file by default,
 * PostgreSQL when several machines share one store. Every method is
 * asynchronous so that both fit behind it.
 */
export interface QuestionStore {
  /** Which database this is, for logs: "sqlite" or "postgres". */
  readonly kind: "sqlite" | "postgres";
  /**
   * Keeps `records` in one transaction; a record whose id is already kept is
   * left as it was. Safe from the process being killed once it resolves, but
   * not waiting for the disk (a power cut may lose the last batch).
   */
  addQuestions(records: readonly QuestionRecord[]): Promise<void>;
  /** Keeps a member's vote on an answer, replacing their earlier one. Durable once it resolves. */
  vote(vote: VoteRecord): Promise<VoteResult>;
  /** The report of `scope`: distinct questions, most asked first, and unknown words by count. */
  report(scope: ReportScope): Promise<Report>;
  /** Erases every question `userId` asked and every vote they cast. */
  forget(userId: string): Promise<Erased>;
  /** Erases questions asked before `before`, then each server's oldest beyond `maxPerServer`. */
  prune(before: number, maxPerServer: number): Promise<Pruned>;
  close(): Promise<void>;
}
