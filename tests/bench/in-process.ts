/**
 * Measures one engine in a process of its own, so its memory is its own:
 * `tsx tests/bench/in-process.ts --content DIR --queries N [--cache DIR]
 * [--engine bot|plain] [--hostile N] [--seconds S] [--bot]` prints one JSON
 * line: start-up time (documents loaded to ready to answer), answer latency
 * percentiles, questions per second and RSS.
 *
 * `--engine plain` measures plain MiniSearch over the same passages instead
 * of the bot's engine; `--hostile N` times N hostile questions after the
 * ordinary ones (and after measuring memory); with --bot the Discord client
 * is built too (not logged in), to see the memory of a whole bot process.
 * Ordinary and hostile questions each stop after S seconds (default 60),
 * warm-up ones after a tenth of that.
 */
import { parseArgs } from "node:util";
import { AnswerEngine, loadContent } from "../../src/core/index.ts";
import { mulberry32 } from "../../src/eval/seeded-random.ts";
import { contentLimitsFrom } from "../../src/runtime/content-settings.ts";
import { hostileQuestions } from "./hostile-questions.ts";
import { plainAnswer, startPlainMiniSearch } from "./plain-minisearch.ts";
import { percentile } from "./stats.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string", default: "content" },
    queries: { type: "string", default: "2000" },
    cache: { type: "string" },
    engine: { type: "string", default: "bot" },
    hostile: { type: "string", default: "0" },
    seconds: { type: "string", default: "60" },
    bot: { type: "boolean", default: false },
  },
});

/** What both engines offer the benchmark. */
interface Measured {
  documents: number;
  chars: number;
  passageCount: number;
  passageText(id: number): string;
  answer(question: string): unknown;
  /** MiniSearch's own part of start-up, for plain MiniSearch. */
  indexMs?: number;
}

// Loaded only with --bot, so that the corpus runs measure the engine without discord.js,
// and before the clock starts, as the bot has it loaded before it reads the documents.
const botModules = values.bot
  ? {
      ...(await import("../../src/bot/create-bot.ts")),
      ...(await import("../../src/runtime/logger.ts")),
    }
  : undefined;

async function start(): Promise<Measured> {
  if (values.engine === "plain") {
    const plain = startPlainMiniSearch(values.content, values.cache);
    return {
      documents: plain.documents,
      chars: plain.chars,
      passageCount: plain.texts.length,
      passageText: (id) => plain.texts[id] ?? "",
      answer: (question) => plainAnswer(plain, question),
      indexMs: plain.indexMs,
    };
  }
  const engine = new AnswerEngine(loadContent(values.content, contentLimitsFrom()), {
    cacheDir: values.cache,
  });
  if (botModules) {
    const { createBot, createLogger } = botModules;
    createBot({
      config: {
        token: "x",
        contentDir: "",
        cooldown: { maxQuestions: 5, windowSeconds: 30 },
        logLevel: "error",
      },
      engine,
      logger: createLogger("error"),
    });
  }
  return {
    documents: engine.documents.length,
    chars: engine.documents.reduce((sum, document) => sum + document.text.length, 0),
    passageCount: engine.passages.length,
    passageText: (id) => engine.passages[id]?.text ?? "",
    answer: (question) => engine.answer(question),
  };
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const started = performance.now();
const cpuStarted = cpuMs();
const measured = await start();
const buildMs = performance.now() - started;
// CPU time as well as wall time: on a busy machine, only the former is the process's own.
const buildCpuMs = cpuMs() - cpuStarted;
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();
const residentMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);
// Collect garbage first when allowed (node --expose-gc), so RSS is what the process keeps.
collectGarbage();
const readyRssMb = residentMb();

// Questions made of words from the passages themselves, plus question words, deterministically.
const random = mulberry32(1);
const starts = ["What", "Why did", "Who", "How does", "When was", "Where is"];
const questions = Array.from({ length: Number(values.queries) }, () => {
  const words = measured.passageText(Math.floor(random() * measured.passageCount)).split(/\s+/);
  const at = Math.floor(random() * Math.max(1, words.length - 5));
  return `${starts[Math.floor(random() * starts.length)]} ${words.slice(at, at + 2 + Math.floor(random() * 4)).join(" ")}?`;
});

/** Warm-up questions (JIT) before the measured ones. */
const WARM_UP_QUESTIONS = 200;

/**
 * answer() latency of each of `asked` in ms, in order, stopping after `limitMs`
 * (plain MiniSearch takes far longer per question on a large corpus).
 */
function time(asked: readonly string[], limitMs = Number.POSITIVE_INFINITY): number[] {
  const latencies: number[] = [];
  const started = performance.now();
  for (const question of asked) {
    if (performance.now() - started > limitMs) break;
    const before = performance.now();
    measured.answer(question);
    latencies.push(performance.now() - before);
  }
  return latencies;
}

const limitMs = Number(values.seconds) * 1000;
time(questions.slice(0, WARM_UP_QUESTIONS), limitMs / 10);
const runStarted = performance.now();
const latencies = time(questions, limitMs);
const runMs = performance.now() - runStarted;
collectGarbage();
const rssMb = residentMb();
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
// Hostile questions last, so that their garbage is not in the memory figures.
const hostileCount = Number(values.hostile);
const realWords = questions.flatMap((question) => question.split(" ").slice(1));
const hostile = hostileCount > 0 ? time(hostileQuestions(hostileCount, realWords), limitMs) : [];

const round = (ms: number | undefined) => (ms === undefined ? undefined : Math.round(ms));
console.log(
  JSON.stringify({
    engine: values.engine,
    documents: measured.documents,
    passages: measured.passageCount,
    kilobytes: Math.round(measured.chars / 1024),
    buildMs: Math.round(buildMs),
    buildCpuMs: Math.round(buildCpuMs),
    indexMs: round(measured.indexMs),
    queries: latencies.length,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    questionsPerSecond: Math.round(latencies.length / (runMs / 1000)),
    hostileQueries: hostile.length,
    hostileP99Ms: hostile.length > 0 ? percentile(hostile, 99) : undefined,
    hostileMaxMs: hostile.length > 0 ? percentile(hostile, 100) : undefined,
    readyRssMb,
    rssMb,
    peakRssMb,
  }),
);
