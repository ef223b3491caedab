/**
 * The terms of one sentence, as sorted ids, for fast "does it hold this term"
 * checks: a sentence shared by two overlapping passages is stored once.
 */
export interface SentenceTerms {
  /** Distinct term ids, ascending. */
  terms: Uint32Array;
  /** Distinct ids of neighbouring term pairs ({@link pairId}), ascending. */
  pairs: Float64Array;
}

/** One number for the pair of term ids (first, second); ids stay below 2^26. */
export function pairId(first: number, second: number): number {
  return first * 2 ** 26 + second;
}

/**
 * The term and pair ids of every sentence of a corpus, in four flat typed
 * arrays: sentence `n`'s term ids are `termIds[termOffsets[n]]` up to
 * `termIds[termOffsets[n + 1]]`, and likewise its pairs. A few flat arrays
 * instead of two small arrays per sentence save most of the memory: each
 * typed array costs about 200 bytes before its first element.
 */
export interface SentenceTermTable {
  termOffsets: Uint32Array;
  termIds: Uint32Array;
  pairOffsets: Uint32Array;
  pairIds: Float64Array;
}

/** Sentence `number` of `table`, as views into its arrays (no copy). */
export function sentenceTermsAt(table: SentenceTermTable, number: number): SentenceTerms {
  return {
    terms: table.termIds.subarray(
      table.termOffsets[number] as number,
      table.termOffsets[number + 1] as number,
    ),
    pairs: table.pairIds.subarray(
      table.pairOffsets[number] as number,
      table.pairOffsets[number + 1] as number,
    ),
  };
}

/** How many sentences `table` holds. */
export function sentenceCount(table: SentenceTermTable): number {
  return table.termOffsets.length - 1;
}

/** Builds a {@link SentenceTermTable} one sentence at a time, in order. */
export class SentenceTermTableBuilder {
  private readonly termOffsets = new GrowableArray(Uint32Array);
  private readonly termIds = new GrowableArray(Uint32Array);
  private readonly pairOffsets = new GrowableArray(Uint32Array);
  private readonly pairIds = new GrowableArray(Float64Array);

  constructor() {
    this.termOffsets.push(0);
    this.pairOffsets.push(0);
  }

  /** Adds the next sentence, given its term ids in reading order (repeats included). */
  add(sequence: readonly number[]): void {
    const terms = Uint32Array.from(new Set(sequence)).sort();
    const pairs = new Set<number>();
    for (let i = 1; i < sequence.length; i += 1) {
      pairs.add(pairId(sequence[i - 1] as number, sequence[i] as number));
    }
    for (const id of terms) this.termIds.push(id);
    for (const id of Float64Array.from(pairs).sort()) this.pairIds.push(id);
    this.termOffsets.push(this.termIds.length);
    this.pairOffsets.push(this.pairIds.length);
  }

  /** How many sentences were added. */
  get count(): number {
    return this.termOffsets.length - 1;
  }

  /** The finished table, trimmed to its size. */
  finish(): SentenceTermTable {
    return {
      termOffsets: this.termOffsets.trimmed(),
      termIds: this.termIds.trimmed(),
      pairOffsets: this.pairOffsets.trimmed(),
      pairIds: this.pairIds.trimmed(),
    };
  }
}

type TypedArray = Uint32Array | Float64Array;
type TypedArrayClass<T extends TypedArray> = new (length: number) => T;

/** A typed array that grows by doubling, so a large table is built without a list of boxed numbers. */
class GrowableArray<T extends TypedArray> {
  private values: T;
  length = 0;

  constructor(private readonly kind: TypedArrayClass<T>) {
    this.values = new kind(1024);
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const larger = new this.kind(this.values.length * 2);
      larger.set(this.values);
      this.values = larger;
    }
    this.values[this.length] = value;
    this.length += 1;
  }

  trimmed(): T {
    return this.values.slice(0, this.length) as T;
  }
}
