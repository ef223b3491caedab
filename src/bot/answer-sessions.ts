import { randomBytes } from "node:crypto";

/** What the buttons under an answer need to page on: the question and where it stands. */
export interface AnswerSession {
  question: string;
  askerId: string;
  /** First passage shown now. */
  offset: number;
  /** The passages on the page shown now, as `AnswerEngine.passageOf` takes them; "Context" surrounds the first. */
  passages: { id: number; throughId: number }[];
  ephemeral: boolean;
  createdAt: number;
}

/** How long buttons under an answer keep working. */
export const SESSION_TTL_MS = 15 * 60 * 1000;
/** Sessions kept at most; the oldest go first. */
const MAX_SESSIONS = 10_000;

/** Answer sessions by id, forgotten after {@link SESSION_TTL_MS}. */
export class AnswerSessions {
  private readonly sessions = new Map<string, AnswerSession>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Stores `session` and returns its id (short, fits a button's custom id). */
  create(session: Omit<AnswerSession, "createdAt">): string {
    const id = randomBytes(9).toString("base64url");
    this.sessions.set(id, { ...session, createdAt: this.now() });
    this.prune();
    return id;
  }

  /** The live session `id`, or undefined when unknown or expired. */
  get(id: string): AnswerSession | undefined {
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (this.now() - session.createdAt > SESSION_TTL_MS) {
      this.sessions.delete(id);
      return undefined;
    }
    return session;
  }

  private prune(): void {
    const now = this.now();
    for (const [id, session] of this.sessions) {
      // Map iteration is in insertion order: stop at the first live one.
      if (this.sessions.size <= MAX_SESSIONS && now - session.createdAt <= SESSION_TTL_MS) break;
      this.sessions.delete(id);
    }
  }
}
