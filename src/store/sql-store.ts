import type { QuestionStore } from "./question-store.ts";
import type {
  Erased,
  Outcome,
  Pruned,
  QuestionRecord,
  Report,
  ReportScope,
  VoteRecord,
  VoteResult,
} from "./records.ts";
import { questionKey } from "./records.ts";
import type { SqlDatabase, SqlValue } from "./sql-database.ts";

/** PostgreSQL returns counts and BIGINTs as text; SQLite as numbers. */
const count = (value: unknown): number => Number(value ?? 0);

/** The WHERE clause (and its parameters) picking the questions of `scope`, for table alias `q`. */
function scoped(scope: ReportScope, alias = "q"): { where: string; params: SqlValue[] } {
  if (scope.guildId === undefined)
    return { where: `${alias}.asked_at >= ?`, params: [scope.since] };
  return {
    where: `${alias}.asked_at >= ? AND ${alias}.guild_id = ?`,
    params: [scope.since, scope.guildId],
  };
}

/**
 * The store over any {@link SqlDatabase}: the same statements on SQLite and
 * PostgreSQL, so both keep and report exactly alike.
 */
export class SqlStore implements QuestionStore {
  readonly kind: "sqlite" | "postgres";

  constructor(private readonly database: SqlDatabase) {
    this.kind = database.kind;
  }

  async addQuestions(records: readonly QuestionRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.database.transaction(
      async (query) => {
        for (const record of records) {
          const { changes } = await query(
            `INSERT INTO questions
            (id, guild_id, channel_id, asker_id, asked_at, question, question_key, outcome, passages, content)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
            [
              record.id,
              record.guildId,
              record.channelId,
              record.askerId,
              record.askedAt,
              record.question,
              questionKey(record.question),
              record.outcome,
              record.passages.join(","),
              record.content,
            ],
          );
          if (changes === 0) continue;
          for (const word of new Set(record.unknownWords))
            await query(
              "INSERT INTO unknown_words (question_id, word) VALUES (?, ?) ON CONFLICT DO NOTHING",
              [record.id, word],
            );
        }
        // Questions are kept best-effort (a killed process loses none; a power cut, the last few).
      },
      { durable: false },
    );
  }

  async vote(vote: VoteRecord): Promise<VoteResult> {
    return this.database.transaction(async (query) => {
      const asked = await query("SELECT 1 AS found FROM questions WHERE id = ?", [vote.questionId]);
      if (asked.rows.length === 0) return "no-such-question";
      const earlier = await query<{ helpful: number | string }>(
        "SELECT helpful FROM votes WHERE question_id = ? AND voter_id = ?",
        [vote.questionId, vote.voterId],
      );
      const helpful = vote.helpful ? 1 : 0;
      const before = earlier.rows[0];
      if (before && count(before.helpful) === helpful) return "unchanged";
      await query(
        `INSERT INTO votes (question_id, voter_id, helpful, voted_at) VALUES (?, ?, ?, ?)
          ON CONFLICT (question_id, voter_id) DO UPDATE SET helpful = excluded.helpful, voted_at = excluded.voted_at`,
        [vote.questionId, vote.voterId, helpful, vote.votedAt],
      );
      return before ? "changed" : "recorded";
    });
  }

  async report(scope: ReportScope): Promise<Report> {
    const { where, params } = scoped(scope);
    const latest = scoped(scope, "o");
    const questions = await this.database.query<Record<string, unknown>>(
      `SELECT MIN(q.question) AS question,
          COUNT(DISTINCT q.id) AS asked,
          SUM(CASE WHEN v.helpful = 1 THEN 1 ELSE 0 END) AS helpful,
          SUM(CASE WHEN v.helpful = 0 THEN 1 ELSE 0 END) AS not_helpful,
          MAX(q.asked_at) AS last_asked,
          (SELECT o.outcome FROM questions o
            WHERE o.question_key = q.question_key AND ${latest.where}
            ORDER BY o.asked_at DESC, o.id DESC LIMIT 1) AS outcome
        FROM questions q LEFT JOIN votes v ON v.question_id = q.id
        WHERE ${where}
        GROUP BY q.question_key
        ORDER BY asked DESC, last_asked DESC`,
      [...latest.params, ...params],
    );
    const words = await this.database.query<Record<string, unknown>>(
      `SELECT w.word AS word, COUNT(*) AS uses
        FROM unknown_words w JOIN questions q ON q.id = w.question_id
        WHERE ${where}
        GROUP BY w.word
        ORDER BY uses DESC, word`,
      params,
    );
    return {
      questions: questions.rows.map((row) => ({
        question: String(row.question),
        asked: count(row.asked),
        outcome: String(row.outcome) as Outcome,
        helpful: count(row.helpful),
        notHelpful: count(row.not_helpful),
      })),
      unknownWords: words.rows.map((row) => ({ word: String(row.word), count: count(row.uses) })),
    };
  }

  async forget(userId: string): Promise<Erased> {
    return this.database.transaction(async (query) => {
      const votes = await query("DELETE FROM votes WHERE voter_id = ?", [userId]);
      const questions = await query("DELETE FROM questions WHERE asker_id = ?", [userId]);
      return { questions: questions.changes, votes: votes.changes };
    });
  }

  async prune(before: number, maxPerServer: number): Promise<Pruned> {
    return this.database.transaction(async (query) => {
      const expired = await query("DELETE FROM questions WHERE asked_at < ?", [before]);
      const crowded = await query<{ guild_id: string | null; kept: unknown }>(
        "SELECT guild_id, COUNT(*) AS kept FROM questions GROUP BY guild_id HAVING COUNT(*) > ?",
        [maxPerServer],
      );
      let overCap = 0;
      for (const { guild_id: guildId, kept } of crowded.rows) {
        const excess = count(kept) - maxPerServer;
        const server = guildId === null ? "guild_id IS NULL" : "guild_id = ?";
        const removed = await query(
          `DELETE FROM questions WHERE id IN
            (SELECT id FROM questions WHERE ${server} ORDER BY asked_at, id LIMIT ?)`,
          guildId === null ? [excess] : [guildId, excess],
        );
        overCap += removed.changes;
      }
      return { expired: expired.changes, overCap };
    });
  }

  async close(): Promise<void> {
    await this.database.close();
  }
}
