/**
 * Message ids remembered by default. After a resume Discord replays only
 * the events missed while disconnected — seconds to minutes of them — so
 * the latest ten thousand questions cover any replay, in well under a
 * megabyte.
 */
export const MAX_REMEMBERED_MESSAGES = 10_000;

/**
 * The messages already taken up, so one redelivered after a resume is not
 * answered twice. Memory is bounded: past `max`, the oldest id is forgotten.
 */
export class SeenMessages {
  private readonly ids = new Set<string>();

  constructor(private readonly max: number = MAX_REMEMBERED_MESSAGES) {}

  /** Records `id`; false when it was seen before (the message is a repeat). */
  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.max) {
      const oldest = this.ids.values().next();
      if (!oldest.done) this.ids.delete(oldest.value);
    }
    return true;
  }

  /** Ids remembered now. */
  get size(): number {
    return this.ids.size;
  }
}
