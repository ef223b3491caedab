import type { IndexTables } from "./index-tables.ts";

/**
 * The binary form of {@link IndexTables}: a header ("QAIT", format version,
 * section count, each section's byte length), then the sections, each
 * padded to 8 bytes: the vocabulary as UTF-8 lines, then the typed arrays as
 * they lie in memory. Reading it back is a copy, not a parse.
 */
/** First four bytes of the file, "QAIT" little-endian: a file of another kind is refused, not misread. */
const MAGIC = 0x54494151;
/** Bump when the layout of the file changes. */
const FORMAT = 1;
/** Sections in the file: the vocabulary, then each typed array of {@link IndexTables}. */
const SECTIONS = 8;
/** Header bytes: magic, format, section count and each section's length, four bytes each. */
const HEADER_BYTES = 4 * (3 + SECTIONS);

/** Why a tables file cannot be used; the caller rebuilds. */
export class TablesFileError extends Error {
  override name = "TablesFileError";
}

/** `tables` as bytes for {@link decodeIndexTables}. */
export function encodeIndexTables(tables: IndexTables): Uint8Array {
  const { sentenceTerms: terms } = tables;
  const sections: Uint8Array[] = [
    new TextEncoder().encode(tables.vocabulary.join("\n")),
    bytesOf(terms.termOffsets),
    bytesOf(terms.termIds),
    bytesOf(terms.pairOffsets),
    bytesOf(terms.pairIds),
    bytesOf(tables.passagesHolding),
    bytesOf(tables.firstSentenceOf),
    bytesOf(tables.sentenceCountOf),
  ];
  const total = sections.reduce((sum, section) => sum + padded(section.length), HEADER_BYTES);
  const bytes = new Uint8Array(total);
  const header = new DataView(bytes.buffer);
  header.setUint32(0, MAGIC, true);
  header.setUint32(4, FORMAT, true);
  header.setUint32(8, SECTIONS, true);
  let offset = HEADER_BYTES;
  sections.forEach((section, index) => {
    header.setUint32(12 + 4 * index, section.length, true);
    bytes.set(section, offset);
    offset += padded(section.length);
  });
  return bytes;
}

/** The tables `bytes` hold; throws {@link TablesFileError} when they are not a whole, consistent file. */
export function decodeIndexTables(bytes: Uint8Array): IndexTables {
  if (bytes.length < HEADER_BYTES) throw new TablesFileError("too short");
  const header = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  if (header.getUint32(0, true) !== MAGIC) throw new TablesFileError("not an index tables file");
  if (header.getUint32(4, true) !== FORMAT || header.getUint32(8, true) !== SECTIONS)
    throw new TablesFileError("another format");
  let offset = HEADER_BYTES;
  const sections = Array.from({ length: SECTIONS }, (_, index) => {
    const length = header.getUint32(12 + 4 * index, true);
    if (offset + length > bytes.length) throw new TablesFileError("truncated");
    // A copy (Buffer's slice would be a view): typed arrays need aligned memory of their own.
    const section = new Uint8Array(bytes.subarray(offset, offset + length));
    offset += padded(length);
    return section;
  });
  const [vocabulary, termOffsets, termIds, pairOffsets, pairIds, holding, firsts, counts] =
    sections as [
      Uint8Array,
      Uint8Array,
      Uint8Array,
      Uint8Array,
      Uint8Array,
      Uint8Array,
      Uint8Array,
      Uint8Array,
    ];
  const text = new TextDecoder("utf-8", { fatal: true }).decode(vocabulary);
  const tables: IndexTables = {
    vocabulary: text === "" ? [] : text.split("\n"),
    sentenceTerms: {
      termOffsets: view(termOffsets, Uint32Array),
      termIds: view(termIds, Uint32Array),
      pairOffsets: view(pairOffsets, Uint32Array),
      pairIds: view(pairIds, Float64Array),
    },
    passagesHolding: view(holding, Uint32Array),
    firstSentenceOf: view(firsts, Uint32Array),
    sentenceCountOf: view(counts, Uint8Array),
  };
  checkConsistent(tables);
  return tables;
}

function checkConsistent({
  vocabulary,
  sentenceTerms,
  passagesHolding,
  firstSentenceOf,
  sentenceCountOf,
}: IndexTables): void {
  const { termOffsets, termIds, pairOffsets, pairIds } = sentenceTerms;
  const sentences = termOffsets.length - 1;
  const consistent =
    sentences >= 0 &&
    pairOffsets.length === termOffsets.length &&
    termOffsets[sentences] === termIds.length &&
    pairOffsets[sentences] === pairIds.length &&
    passagesHolding.length === vocabulary.length &&
    firstSentenceOf.length === sentenceCountOf.length &&
    firstSentenceOf.every((first, passage) => first + (sentenceCountOf[passage] ?? 0) <= sentences);
  if (!consistent) throw new TablesFileError("inconsistent tables");
}

type TypedArray = Uint8Array | Uint32Array | Float64Array;

function bytesOf(array: TypedArray): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function view<T extends TypedArray>(
  section: Uint8Array,
  kind: { new (buffer: ArrayBuffer): T; BYTES_PER_ELEMENT: number },
): T {
  if (section.length % kind.BYTES_PER_ELEMENT !== 0)
    throw new TablesFileError("bad section length");
  return new kind(section.buffer as ArrayBuffer);
}

function padded(length: number): number {
  return Math.ceil(length / 8) * 8;
}
