/**
 * `npm run bench [-- --quick] [-- --out FILE]`: measures speed and memory and
 * prints a table; the figures also go to bench-results/bench.json.
 *
 * - In-process, each in a process of its own: index build time, answer()
 *   latency (p50/p99), questions per second and RSS — on the article (with
 *   the Discord client built, as in the bot), and on a generated corpus of
 *   about 10 MB (see generated-corpus.ts), built cold and then from the cache.
 * - End to end: the real bot process against the fake Discord over loopback,
 *   2,500 /ask interactions at 500 per second, after 250 warm-up ones (JIT,
 *   connections) that are reported apart.
 * --quick shrinks every run (1 MB corpus, 100 interactions) to check that it works.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { runEndToEnd } from "./end-to-end.ts";
import { generateCorpus } from "./generated-corpus.ts";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    out: { type: "string", default: "bench-results/bench.json" },
  },
});
const quick = values.quick;

interface InProcess {
  documents: number;
  passages: number;
  kilobytes: number;
  buildMs: number;
  queries: number;
  p50Ms: number;
  p99Ms: number;
  questionsPerSecond: number;
  rssMb: number;
}

function inProcess(args: string[]): InProcess {
  const output = execFileSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", "tests/bench/in-process.ts", ...args],
    { encoding: "utf8" },
  );
  return JSON.parse(output.trim().split("\n").at(-1) as string) as InProcess;
}

// The end-to-end run starts the compiled bot, as `npm start` does.
execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });

const corpusMb = quick ? 1 : 10;
const corpus = generateCorpus(corpusMb);
const cacheDir = mkdtempSync(join(tmpdir(), "qa-bench-cache-"));
const queries = quick ? "300" : "5000";
const article = inProcess(["--queries", queries, "--bot"]);
const corpusCold = inProcess(["--content", corpus, "--queries", queries, "--cache", cacheDir]);
const corpusWarm = inProcess(["--content", corpus, "--queries", queries, "--cache", cacheDir]);
const endToEnd = await runEndToEnd(quick ? 100 : 2500, quick ? 200 : 500);

const row = (name: string, r: InProcess) =>
  `| ${name} | ${r.documents} / ${r.passages} | ${r.kilobytes} | ${r.buildMs} | ${r.p50Ms} | ${r.p99Ms} | ${r.questionsPerSecond} | ${r.rssMb} |`;
const lines = [
  `Benchmark (${quick ? "quick" : "full"}), Node ${process.version}, ${new Date().toISOString()}`,
  "",
  "| in-process | documents / passages | text KB | build ms | answer p50 ms | answer p99 ms | questions/s | RSS MB |",
  "|---|---|---|---|---|---|---|---|",
  row("article, Discord client built (under tsx)", article),
  row(`generated ~${corpusMb} MB, cold`, corpusCold),
  row(`generated ~${corpusMb} MB, from cache`, corpusWarm),
  "",
  "| end to end | interactions | rate/s | answered | lost | p50 ms | p99 ms | max ms | throughput/s | bot RSS MB | warm-up p99 ms |",
  "|---|---|---|---|---|---|---|---|---|---|---|",
  `| /ask via fake Discord | ${endToEnd.interactions} | ${endToEnd.ratePerSecond} | ${endToEnd.answered} | ${endToEnd.lost} | ${endToEnd.p50Ms} | ${endToEnd.p99Ms} | ${endToEnd.maxMs} | ${endToEnd.throughputPerSecond} | ${endToEnd.botRssMb ?? "n/a"} | ${endToEnd.warmUpP99Ms} (first ${endToEnd.warmUp}) |`,
];
console.log(lines.join("\n"));
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(
  values.out,
  `${JSON.stringify({ quick, node: process.version, at: new Date().toISOString(), article, corpusCold, corpusWarm, endToEnd }, null, 2)}\n`,
);
console.log(`\nwrote ${values.out}`);
