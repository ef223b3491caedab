/**
 * `npm run bench [-- --quick] [-- --out FILE]`: measures speed and memory and
 * prints tables; the figures also go to bench-results/bench.json.
 *
 * - In-process, each run in a process of its own: start-up time, answer()
 *   latency (p50/p99), questions per second and RSS — on the article (with
 *   the Discord client built, as in the bot), and on generated corpora of
 *   about 10 and 50 MB (see generated-corpus.ts), built cold and then from
 *   the cache. Plain MiniSearch (default options) runs on the same passages
 *   and questions, and the tables give the bot's figures as ratios to its.
 * - Hostile questions (hostile-questions.ts; 1,000, or `--hostile N`) on the
 *   10 MB corpus: their p99 beside ordinary questions' p99 in the same process.
 * - End to end: the real bot process against the fake Discord over loopback,
 *   2,500 /ask interactions at 500 per second, after 250 warm-up ones (JIT,
 *   connections) that are reported apart.
 * --quick shrinks every run (1 MB corpus only, 100 interactions) to check that it works;
 * --mb 10 measures the listed corpus sizes only. A full run ends with the
 * HTTP endpoint's row (tests/http/bench-http.ts): one replica, then two.
 * Generated corpora and caches live in a temporary folder removed at the end.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type CommandSpec, parseCommandLine } from "../../src/cli/command-line.ts";
import { fail } from "../../src/runtime/fail.ts";
import { runEndToEnd } from "./end-to-end.ts";
import { generateCorpus } from "./generated-corpus.ts";
import { HOSTILE_TARGET, hostileVerdict } from "./hostile-target.ts";

/** Where the figures are written unless `--out` says otherwise. */
const DEFAULT_OUT = "bench-results/bench.json";

const BENCH: CommandSpec = {
  script: "bench",
  summary:
    "Measures speed and memory (start-up, answer latency, RSS, hostile questions, end to end through the real bot process) and prints tables; docs/speed.md explains them.",
  operands: "",
  flags: {
    quick: {
      type: "boolean",
      description: "a short run (1 MB corpus, 100 interactions) to check that the bench works",
    },
    out: {
      type: "string",
      value: "FILE",
      description: `where to write the figures (default ${DEFAULT_OUT})`,
    },
    hostile: {
      type: "string",
      value: "N",
      description: "how many hostile questions (default 1000)",
    },
    mb: { type: "string", value: "LIST", description: "corpus sizes in MB, such as 10 or 10,50" },
  },
  examples: ["npm run bench -- --quick", "npm run bench -- --mb 12 --hostile 2000"],
};

const commandLine = parseCommandLine(BENCH);
if (commandLine.positionals.length > 0)
  fail(`unexpected argument ${commandLine.positionals[0]}; see npm run --silent bench -- --help`);
const values = {
  quick: commandLine.isSet("quick"),
  out: commandLine.text("out") ?? DEFAULT_OUT,
  hostile: commandLine.text("hostile"),
  mb: commandLine.text("mb"),
};
const quick = values.quick;

/** Corpus sizes measured, in MB (`--mb 10,50`); the first also gets the hostile questions. */
const CORPUS_MB = values.mb ? values.mb.split(",").map(Number) : quick ? [1] : [10, 50];
if (CORPUS_MB.some((mb) => !(mb > 0)))
  fail(`--mb takes corpus sizes in MB, such as 10 or 10,50 (got "${values.mb}")`);
const QUERIES = quick ? 300 : 5000;
/** Fewer questions on the largest corpus: its runs are long enough already. */
const LARGE_CORPUS_QUERIES = 2000;
const HOSTILE_QUERIES = Number(values.hostile ?? (quick ? 100 : 1000));
if (!Number.isInteger(HOSTILE_QUERIES) || HOSTILE_QUERIES < 1)
  fail(`--hostile must be a whole number of at least 1 (got "${values.hostile}")`);

/** One in-process run's figures (in-process.ts). */
interface InProcess {
  engine: string;
  documents: number;
  passages: number;
  kilobytes: number;
  buildMs: number;
  /** CPU time of start-up (all threads): steadier than wall time on a busy machine. */
  buildCpuMs: number;
  indexMs?: number;
  queries: number;
  p50Ms: number;
  p99Ms: number;
  questionsPerSecond: number;
  hostileQueries: number;
  hostileP99Ms?: number;
  hostileMaxMs?: number;
  /** RSS once started, before any question. */
  readyRssMb: number;
  /** RSS after the ordinary questions. */
  rssMb: number;
  peakRssMb: number;
}

/** The four runs on one corpus: the bot's engine and plain MiniSearch, each cold and from the cache. */
interface CorpusRuns {
  megabytes: number;
  cold: InProcess;
  fromCache: InProcess;
  plainCold: InProcess;
  plainFromCache: InProcess;
}

function inProcess(args: string[]): InProcess {
  const output = execFileSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", "tests/bench/in-process.ts", ...args],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  return JSON.parse(output.trim().split("\n").at(-1) as string) as InProcess;
}

function measureCorpus(megabytes: number, workDir: string, hostile: number): CorpusRuns {
  const corpus = generateCorpus(megabytes, 42, join(workDir, `corpus-${megabytes}mb`));
  const cache = join(workDir, `cache-${megabytes}mb`);
  const plainCache = join(workDir, `plain-cache-${megabytes}mb`);
  const queries = String(megabytes > 10 ? LARGE_CORPUS_QUERIES : QUERIES);
  const run = (engine: string, cacheDir: string, extra: string[] = []) =>
    inProcess([
      "--engine",
      engine,
      "--content",
      corpus,
      "--queries",
      queries,
      "--cache",
      cacheDir,
      ...extra,
    ]);
  const runs = {
    megabytes,
    cold: run("bot", cache),
    fromCache: run("bot", cache, ["--hostile", String(hostile)]),
    plainCold: run("plain", plainCache),
    plainFromCache: run("plain", plainCache),
  };
  rmSync(join(workDir, `corpus-${megabytes}mb`), { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  rmSync(plainCache, { recursive: true, force: true });
  return runs;
}

const workDir = mkdtempSync(join(tmpdir(), "qa-bench-"));
let article: InProcess;
let corpora: CorpusRuns[];
let endToEnd: Awaited<ReturnType<typeof runEndToEnd>>;
let endToEndNoStore: Awaited<ReturnType<typeof runEndToEnd>>;
let askChannel: Awaited<ReturnType<typeof runEndToEnd>>;
let askChannelPaced: Awaited<ReturnType<typeof runEndToEnd>>;
/**
 * Questions per second an ask channel can be answered at: each answer takes
 * two requests (start the thread, post in it), and Discord allows a bot 50
 * requests per second, which discord.js keeps to. Interaction callbacks do
 * not count against it; thread answers do.
 */
const ASK_CHANNEL_RATE = 20;
try {
  // The end-to-end run starts the compiled bot, as `npm start` does.
  execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
  article = inProcess(["--queries", String(QUERIES), "--bot"]);
  corpora = CORPUS_MB.map((megabytes, index) =>
    measureCorpus(megabytes, workDir, index === 0 ? HOSTILE_QUERIES : 0),
  );
  endToEnd = await runEndToEnd(quick ? 100 : 2500, quick ? 200 : 500);
  // The same load on a bot keeping nothing, for what the store costs.
  endToEndNoStore = await runEndToEnd(
    quick ? 100 : 2500,
    quick ? 200 : 500,
    undefined,
    "slash-command",
    { store: false },
  );
  // The same load, asked as messages in an ask channel and answered in threads.
  askChannel = await runEndToEnd(quick ? 100 : 2500, quick ? 200 : 500, undefined, "ask-channel");
  // …and at a rate within Discord's global limit on requests, where queueing does not dominate.
  askChannelPaced = await runEndToEnd(quick ? 100 : 600, ASK_CHANNEL_RATE, 20, "ask-channel");
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

function endToEndRow(name: string, run: typeof endToEnd): string {
  return `| ${name} | ${run.interactions} | ${run.ratePerSecond} | ${run.answered} | ${run.lost} | ${run.p50Ms} | ${run.p99Ms} | ${run.maxMs} | ${run.throughputPerSecond} | ${run.botRssMb ?? "n/a"} | ${run.warmUpP99Ms} (first ${run.warmUp}) |`;
}
const ratio = (ours: number, plain: number | undefined) =>
  plain ? `${(ours / plain).toFixed(2)}×` : "n/a";
const row = (name: string, r: InProcess) =>
  `| ${name} | ${r.documents} / ${r.passages} | ${r.kilobytes} | ${r.buildMs} | ${r.p50Ms} | ${r.p99Ms} | ${r.queries} | ${r.questionsPerSecond} | ${r.readyRssMb} | ${r.rssMb} | ${r.peakRssMb} |`;
const lines = [
  `Benchmark (${quick ? "quick" : "full"}), Node ${process.version}, ${new Date().toISOString()}`,
  "",
  "| in-process | documents / passages | text KB | start-up ms | answer p50 ms | answer p99 ms | questions asked | questions/s | RSS MB ready | RSS MB after questions | peak RSS MB |",
  "|---|---|---|---|---|---|---|---|---|---|---|",
  row("article, Discord client built (under tsx)", article),
];
for (const runs of corpora) {
  lines.push(
    row(`generated ~${runs.megabytes} MB, cold`, runs.cold),
    row(`generated ~${runs.megabytes} MB, from cache`, runs.fromCache),
    row(`plain MiniSearch ~${runs.megabytes} MB, cold`, runs.plainCold),
    row(`plain MiniSearch ~${runs.megabytes} MB, from cache`, runs.plainFromCache),
  );
}
for (const { megabytes, cold, fromCache, plainCold, plainFromCache } of corpora) {
  lines.push(
    "",
    `| ~${megabytes} MB: the bot vs plain MiniSearch (same passages, same questions) | bot | plain MiniSearch | ratio | target |`,
    "|---|---|---|---|---|",
    `| cold build ms (documents loaded to ready, cache saved) | ${cold.buildMs} | ${plainCold.buildMs} | ${ratio(cold.buildMs, plainCold.buildMs)} | ≤ 1.5× |`,
    `| cold build ms vs MiniSearch's addAll alone | ${cold.buildMs} | ${plainCold.indexMs} | ${ratio(cold.buildMs, plainCold.indexMs)} | |`,
    `| cold build CPU ms | ${cold.buildCpuMs} | ${plainCold.buildCpuMs} | ${ratio(cold.buildCpuMs, plainCold.buildCpuMs)} | |`,
    `| start-up from cache ms | ${fromCache.buildMs} | ${plainFromCache.buildMs} | ${ratio(fromCache.buildMs, plainFromCache.buildMs)} | ≤ 1.2× |`,
    `| start-up from cache ms vs MiniSearch's loadJSON alone | ${fromCache.buildMs} | ${plainFromCache.indexMs} | ${ratio(fromCache.buildMs, plainFromCache.indexMs)} | |`,
    `| start-up from cache CPU ms | ${fromCache.buildCpuMs} | ${plainFromCache.buildCpuMs} | ${ratio(fromCache.buildCpuMs, plainFromCache.buildCpuMs)} | |`,
    `| answer p99 ms (from cache) | ${fromCache.p99Ms} | ${plainFromCache.p99Ms} | ${ratio(fromCache.p99Ms, plainFromCache.p99Ms)} | < 10 ms |`,
    `| RSS MB ready to answer, from cache | ${fromCache.readyRssMb} | ${plainFromCache.readyRssMb} | ${ratio(fromCache.readyRssMb, plainFromCache.readyRssMb)} | ≤ 1.5× |`,
    `| RSS MB ready to answer, cold | ${cold.readyRssMb} | ${plainCold.readyRssMb} | ${ratio(cold.readyRssMb, plainCold.readyRssMb)} | ≤ 1.5× |`,
    `| RSS MB after the questions, from cache | ${fromCache.rssMb} | ${plainFromCache.rssMb} | ${ratio(fromCache.rssMb, plainFromCache.rssMb)} | ≤ 1.5× |`,
    `| peak RSS MB, cold | ${cold.peakRssMb} | ${plainCold.peakRssMb} | ${ratio(cold.peakRssMb, plainCold.peakRssMb)} | |`,
  );
}
const [first, largest] = [corpora[0], corpora.at(-1)];
if (first && largest && largest !== first) {
  const growth = (pick: (runs: CorpusRuns) => number) =>
    `${pick(first)} | ${pick(largest)} | ${(pick(largest) / pick(first)).toFixed(1)}×`;
  lines.push(
    "",
    `| growth with the corpus (the bot) | ~${first.megabytes} MB | ~${largest.megabytes} MB | × |`,
    "|---|---|---|---|",
    `| cold build ms | ${growth((runs) => runs.cold.buildMs)} |`,
    `| start-up from cache ms | ${growth((runs) => runs.fromCache.buildMs)} |`,
    `| answer p99 ms | ${growth((runs) => runs.fromCache.p99Ms)} |`,
    `| RSS MB ready, from cache | ${growth((runs) => runs.fromCache.readyRssMb)} |`,
    `| RSS MB after questions, from cache | ${growth((runs) => runs.fromCache.rssMb)} |`,
    `| plain MiniSearch RSS MB ready, from cache | ${growth((runs) => runs.plainFromCache.readyRssMb)} |`,
  );
}
if (first) {
  const { fromCache } = first;
  lines.push(
    "",
    `| hostile questions, ~${first.megabytes} MB: ${fromCache.hostileQueries} of ${HOSTILE_QUERIES} asked within the time limit | p99 ms | max ms | ordinary p99 ms, same process | ratio | target | verdict |`,
    "|---|---|---|---|---|---|---|",
    `| the bot | ${fromCache.hostileP99Ms} | ${fromCache.hostileMaxMs} | ${fromCache.p99Ms} | ${ratio(fromCache.hostileP99Ms ?? 0, fromCache.p99Ms)} | ${HOSTILE_TARGET} | ${hostileVerdict(fromCache.hostileP99Ms ?? 0, fromCache.p99Ms)} |`,
  );
}
lines.push(
  "",
  "| end to end | interactions | rate/s | answered | lost | p50 ms | p99 ms | max ms | throughput/s | bot RSS MB | warm-up p99 ms |",
  "|---|---|---|---|---|---|---|---|---|---|---|",
  ...(
    [
      ["/ask via fake Discord", endToEnd],
      ["/ask via fake Discord, nothing kept", endToEndNoStore],
      ["ask channel: message → answer in its thread, same load", askChannel],
      ["ask channel: message → answer in its thread, within 50 requests/s", askChannelPaced],
    ] as const
  ).map(([name, run]) => endToEndRow(name, run)),
  "",
  "| store (SQLite) | questions sent | questions kept | file KB | KB per 10,000 questions |",
  "|---|---|---|---|---|",
  `| after the end-to-end run | ${endToEnd.warmUp + endToEnd.interactions} | ${endToEnd.storedQuestions} | ${Math.round(endToEnd.storeBytes / 1024)} | ${endToEnd.storeKbPer10k} |`,
);
console.log(lines.join("\n"));
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(
  values.out,
  `${JSON.stringify({ quick, node: process.version, at: new Date().toISOString(), article, corpora, endToEnd, endToEndNoStore, askChannel, askChannelPaced }, null, 2)}\n`,
);
console.log(`\nwrote ${values.out}`);

if (!quick) {
  // The HTTP endpoint, one replica then two, under the same /ask load (tests/http/bench-http.ts).
  console.log("");
  execFileSync(process.execPath, ["--import", "tsx", "tests/http/bench-http.ts"], {
    stdio: "inherit",
  });
}
