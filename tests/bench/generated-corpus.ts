import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eng as englishStopWords } from "stopword";
import { mulberry32 } from "../../src/eval/seeded-random.ts";

/**
 * A deterministic corpus of about `megabytes` MB for benchmarks: English-like
 * documents whose words are drawn, with a Zipf distribution, from English
 * stop words (the most frequent ranks, as in English), then the article's own
 * vocabulary in shuffled order, then 20,000 made-up words, in sentences of 8–30
 * words, paragraphs of 2–6 sentences and documents of about 50 KB. The same
 * seed always gives the same files. They are written to `dir`, by default a
 * folder of the system's temporary one that later calls reuse.
 */
export function generateCorpus(
  megabytes: number,
  seed = 42,
  dir = join(tmpdir(), `qa-bench-corpus-v2-${megabytes}mb-${seed}`),
): string {
  if (existsSync(join(dir, ".complete"))) return dir;
  mkdirSync(dir, { recursive: true });
  const random = mulberry32(seed);
  const vocabulary = buildVocabulary(random);
  // Zipf: the word of rank r is drawn with probability proportional to 1/r.
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= vocabulary.length; rank += 1) {
    total += 1 / rank;
    cumulative.push(total);
  }
  const word = () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    return vocabulary[low] as string;
  };
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(random() * 23) }, word);
    const first = words[0] as string;
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return `${words.join(" ")}.`;
  };
  const bytesWanted = megabytes * 1024 * 1024;
  let written = 0;
  for (let documentNumber = 1; written < bytesWanted; documentNumber += 1) {
    const paragraphs: string[] = [];
    let size = 0;
    while (size < 50_000 && written + size < bytesWanted) {
      const paragraph = Array.from({ length: 2 + Math.floor(random() * 5) }, sentence).join(" ");
      paragraphs.push(paragraph);
      size += paragraph.length + 2;
    }
    const body = `---\ntitle: Generated document ${documentNumber}\n---\n\n${paragraphs.join("\n\n")}\n`;
    writeFileSync(join(dir, `doc-${String(documentNumber).padStart(4, "0")}.md`), body);
    written += body.length;
  }
  writeFileSync(join(dir, ".complete"), "");
  return dir;
}

function buildVocabulary(random: () => number): string[] {
  const article = readFileSync("content/newest-power-couple.md", "utf8").toLowerCase();
  const real = shuffle(
    [...new Set(article.match(/\p{L}{2,}/gu) ?? [])].filter(
      (word) => !englishStopWords.includes(word),
    ),
    random,
  );
  const syllables = [
    "ka",
    "lo",
    "mi",
    "ra",
    "te",
    "su",
    "an",
    "er",
    "is",
    "on",
    "ul",
    "ve",
    "zo",
    "pri",
    "sto",
    "gra",
    "men",
    "tar",
    "bel",
    "dun",
  ];
  const madeUp = new Set<string>();
  while (madeUp.size < 20_000) {
    const parts = 2 + Math.floor(random() * 3);
    madeUp.add(
      Array.from({ length: parts }, () => syllables[Math.floor(random() * syllables.length)]).join(
        "",
      ),
    );
  }
  // As in English, function words take the most frequent ranks, then content words.
  return [...englishStopWords, ...real, ...madeUp];
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
