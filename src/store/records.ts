/**
 * What the store keeps and gives back: one row per question asked, the
 * votes members cast on its answer, and the report an admin reads.
 */

/** How a question went: quoted with confidence, quoted as the closest passage, or declined. */
export type Outcome = "answered" | "low" | "declined";

/** One question asked, as the store keeps it. */
export interface QuestionRecord {
  /** Discord id of the interaction or message that asked: unique, and known before any write. */
  id: string;
  /** Server it was asked in; null for a DM. */
  guildId: string | null;
  channelId: string | null;
  /** Who asked: kept only so that `/forget-me` can erase it. */
  askerId: string;
  /** Milliseconds since the epoch. */
  askedAt: number;
  question: string;
  outcome: Outcome;
  /** Passages shown, as `id` or `id-through` of a joined quote. */
  passages: string[];
  /** Fingerprint of the content the passages came from. */
  content: string;
  /** Words of the question the documents never use. */
  unknownWords: string[];
}

/** A member's vote on an answer. */
export interface VoteRecord {
  questionId: string;
  voterId: string;
  helpful: boolean;
  votedAt: number;
}

/** What recording a vote did. */
export type VoteResult = "recorded" | "changed" | "unchanged" | "no-such-question";

/** Which questions a report covers. */
export interface ReportScope {
  /** One server's questions; undefined for every server (the terminal report only). */
  guildId?: string;
  /** Questions asked at or after this time (milliseconds since the epoch). */
  since: number;
}

/** One distinct question of a report. */
export interface ReportQuestion {
  question: string;
  /** How many times it was asked. */
  asked: number;
  /** How it went the last time it was asked. */
  outcome: Outcome;
  helpful: number;
  notHelpful: number;
}

/** A word members used that the documents lack, and how many questions used it. */
export interface WordCount {
  word: string;
  count: number;
}

/** Everything a report shows, most asked first. */
export interface Report {
  questions: ReportQuestion[];
  unknownWords: WordCount[];
}

/** What erasing a member's data removed. */
export interface Erased {
  questions: number;
  votes: number;
}

/** What pruning removed. */
export interface Pruned {
  /** Older than the retention period. */
  expired: number;
  /** Beyond a server's cap, oldest first. */
  overCap: number;
}

/** The same text, asked with other capitals or spacing, counts as one question in a report. */
export function questionKey(question: string): string {
  return question.replace(/\s+/g, " ").trim().toLowerCase();
}
