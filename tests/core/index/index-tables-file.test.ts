import { describe, expect, it } from "vitest";
import type { IndexTables } from "../../../src/core/index/index-tables.ts";
import {
  decodeIndexTables,
  encodeIndexTables,
  TablesFileError,
} from "../../../src/core/index/index-tables-file.ts";
import { pairId } from "../../../src/core/index/sentence-terms.ts";

/** Bytes of the header: magic, format, section count, eight section lengths. */
const HEADER_BYTES = 44;

/**
 * Two passages over two sentences ("cat sat", "dog"): the first passage has
 * both sentences, the second only the last. The pair id needs more than 32
 * bits, as real pair ids do.
 */
function smallTables(): IndexTables {
  return {
    vocabulary: ["cat", "sat", "dog"],
    sentenceTerms: {
      termOffsets: Uint32Array.from([0, 2, 3]),
      termIds: Uint32Array.from([0, 1, 2]),
      pairOffsets: Uint32Array.from([0, 1, 1]),
      pairIds: Float64Array.from([pairId(100, 1)]),
    },
    passagesHolding: Uint32Array.from([1, 1, 2]),
    firstSentenceOf: Uint32Array.from([0, 1]),
    sentenceCountOf: Uint8Array.from([2, 1]),
  };
}

/** The tables as plain lists, to compare two of them. */
function plain(tables: IndexTables) {
  const { termOffsets, termIds, pairOffsets, pairIds } = tables.sentenceTerms;
  return {
    vocabulary: tables.vocabulary,
    termOffsets: [...termOffsets],
    termIds: [...termIds],
    pairOffsets: [...pairOffsets],
    pairIds: [...pairIds],
    passagesHolding: [...tables.passagesHolding],
    firstSentenceOf: [...tables.firstSentenceOf],
    sentenceCountOf: [...tables.sentenceCountOf],
  };
}

/** The reason decoding `bytes` fails with, or "decoded". */
function refusal(bytes: Uint8Array): string {
  try {
    decodeIndexTables(bytes);
    return "decoded";
  } catch (error) {
    if (!(error instanceof TablesFileError)) throw error;
    expect(error.name).toBe("TablesFileError");
    return error.message;
  }
}

/** `tables` with some of its parts replaced, encoded. */
function encodedWith(changes: Partial<IndexTables> & Partial<IndexTables["sentenceTerms"]>) {
  const tables = smallTables();
  const sentenceTerms = { ...tables.sentenceTerms };
  for (const key of ["termOffsets", "termIds", "pairOffsets", "pairIds"] as const) {
    if (changes[key]) Object.assign(sentenceTerms, { [key]: changes[key] });
  }
  return encodeIndexTables({
    vocabulary: changes.vocabulary ?? tables.vocabulary,
    sentenceTerms,
    passagesHolding: changes.passagesHolding ?? tables.passagesHolding,
    firstSentenceOf: changes.firstSentenceOf ?? tables.firstSentenceOf,
    sentenceCountOf: changes.sentenceCountOf ?? tables.sentenceCountOf,
  });
}

describe("the index tables file", () => {
  it("starts with QAIT, format 1, eight sections and each section's length in bytes", () => {
    const bytes = encodeIndexTables(smallTables());
    const header = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe("QAIT");
    expect(header.getUint32(4, true)).toBe(1);
    expect(header.getUint32(8, true)).toBe(8);
    const lengths = Array.from({ length: 8 }, (_, index) => header.getUint32(12 + 4 * index, true));
    expect(lengths).toEqual([11, 12, 12, 12, 8, 12, 8, 2]);
  });

  it("pads every section to 8 bytes, the vocabulary first as UTF-8 lines", () => {
    const bytes = encodeIndexTables(smallTables());
    // 11, 12, 12, 12, 8, 12, 8 and 2 bytes padded to 16, 16, 16, 16, 8, 16, 8 and 8.
    expect(bytes.length).toBe(HEADER_BYTES + 104);
    expect(new TextDecoder().decode(bytes.subarray(HEADER_BYTES, HEADER_BYTES + 11))).toBe(
      "cat\nsat\ndog",
    );
    expect([...bytes.subarray(HEADER_BYTES + 11, HEADER_BYTES + 16)]).toEqual([0, 0, 0, 0, 0]);
    const termOffsets = new DataView(bytes.buffer, HEADER_BYTES + 16, 12);
    expect([0, 4, 8].map((at) => termOffsets.getUint32(at, true))).toEqual([0, 2, 3]);
    expect([...bytes.subarray(bytes.length - 8)]).toEqual([2, 1, 0, 0, 0, 0, 0, 0]);
  });

  it("reads back the very tables it was written from", () => {
    expect(plain(decodeIndexTables(encodeIndexTables(smallTables())))).toEqual(
      plain(smallTables()),
    );
  });

  it("reads back tables with no terms and no passages", () => {
    const empty: IndexTables = {
      vocabulary: [],
      sentenceTerms: {
        termOffsets: Uint32Array.from([0]),
        termIds: new Uint32Array(0),
        pairOffsets: Uint32Array.from([0]),
        pairIds: new Float64Array(0),
      },
      passagesHolding: new Uint32Array(0),
      firstSentenceOf: new Uint32Array(0),
      sentenceCountOf: new Uint8Array(0),
    };
    expect(plain(decodeIndexTables(encodeIndexTables(empty)))).toEqual(plain(empty));
  });

  it("reads a file that lies inside a larger buffer", () => {
    const bytes = encodeIndexTables(smallTables());
    const larger = new Uint8Array(bytes.length + 5);
    larger.set(bytes, 3);
    expect(plain(decodeIndexTables(larger.subarray(3, 3 + bytes.length)))).toEqual(
      plain(smallTables()),
    );
  });

  it("reads a file whose last padding is missing, and refuses one cut into its last section", () => {
    const bytes = encodeIndexTables(smallTables());
    expect(plain(decodeIndexTables(bytes.subarray(0, bytes.length - 6)))).toEqual(
      plain(smallTables()),
    );
    expect(refusal(bytes.subarray(0, bytes.length - 7))).toBe("truncated");
  });
});

describe("a tables file that cannot be used", () => {
  it("is too short when it is shorter than its header", () => {
    const bytes = encodeIndexTables(smallTables());
    expect(refusal(bytes.subarray(0, HEADER_BYTES - 1))).toBe("too short");
    expect(refusal(new Uint8Array(0))).toBe("too short");
  });

  it("is truncated when the header promises more than the file holds", () => {
    const bytes = encodeIndexTables(smallTables());
    expect(refusal(bytes.subarray(0, HEADER_BYTES))).toBe("truncated");
  });

  it("is not an index tables file without the magic number", () => {
    const bytes = encodeIndexTables(smallTables());
    bytes[0] = "X".charCodeAt(0);
    expect(refusal(bytes)).toBe("not an index tables file");
  });

  it("is another format when the format number or section count differs", () => {
    const otherFormat = encodeIndexTables(smallTables());
    new DataView(otherFormat.buffer).setUint32(4, 2, true);
    expect(refusal(otherFormat)).toBe("another format");
    const otherSections = encodeIndexTables(smallTables());
    new DataView(otherSections.buffer).setUint32(8, 7, true);
    expect(refusal(otherSections)).toBe("another format");
  });

  it("has a bad section length when a section is not whole numbers", () => {
    const bytes = encodeIndexTables(smallTables());
    // The term offsets (12 bytes) said to be 11: still padded to 16, not a whole Uint32.
    new DataView(bytes.buffer).setUint32(16, 11, true);
    expect(refusal(bytes)).toBe("bad section length");
  });

  it("is refused when its vocabulary is not UTF-8", () => {
    const bytes = encodeIndexTables(smallTables());
    bytes[HEADER_BYTES] = 0xff;
    expect(() => decodeIndexTables(bytes)).toThrow(TypeError);
  });

  it("is inconsistent when its tables disagree", () => {
    const cases: [string, Parameters<typeof encodedWith>[0]][] = [
      [
        "no sentence offsets at all",
        { termOffsets: new Uint32Array(0), pairOffsets: new Uint32Array(0) },
      ],
      ["pair offsets for another number of sentences", { pairOffsets: Uint32Array.from([0, 1]) }],
      [
        "pair offsets for one more sentence, ending on the pair ids",
        { pairOffsets: Uint32Array.from([0, 1, 1, 1]) },
      ],
      ["term offsets ending short of the term ids", { termIds: Uint32Array.from([0, 1, 2, 2]) }],
      ["pair offsets ending short of the pair ids", { pairIds: Float64Array.from([1, 2]) }],
      ["a passage count for another vocabulary", { passagesHolding: Uint32Array.from([1, 1]) }],
      ["first sentences for other passages", { firstSentenceOf: Uint32Array.from([0, 1, 1]) }],
      ["a passage past the last sentence", { firstSentenceOf: Uint32Array.from([0, 2]) }],
      ["a passage longer than the sentences", { sentenceCountOf: Uint8Array.from([3, 1]) }],
    ];
    for (const [name, changes] of cases)
      expect(refusal(encodedWith(changes)), name).toBe("inconsistent tables");
  });

  it("is consistent when its last passage ends on the last sentence", () => {
    const bytes = encodedWith({
      firstSentenceOf: Uint32Array.from([0, 0]),
      sentenceCountOf: Uint8Array.from([1, 2]),
    });
    expect(refusal(bytes)).toBe("decoded");
  });
});
