/**
 * Answers remembered per word, for each owner (an index, a vocabulary):
 * people ask alike, and some look-ups cost a fuzzy search or a hundred file
 * reads. Bounded: past {@link WORD_MEMO_SIZE} words an owner's memory starts
 * over, so a flood of made-up words cannot grow it.
 */
export const WORD_MEMO_SIZE = 5000;

export class WordMemo<Owner extends object, Value> {
  private readonly byOwner = new WeakMap<Owner, Map<string, Value>>();

  /** What `compute` gives for `word` (case folded) and `owner`, computed once while remembered. */
  get(owner: Owner, word: string, compute: () => Value): Value {
    let memo = this.byOwner.get(owner);
    if (!memo) {
      memo = new Map();
      this.byOwner.set(owner, memo);
    }
    const key = word.toLowerCase();
    if (memo.has(key)) return memo.get(key) as Value;
    const value = compute();
    if (memo.size >= WORD_MEMO_SIZE) memo.clear();
    memo.set(key, value);
    return value;
  }
}
