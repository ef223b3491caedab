/**
 * Measures the core in a process of its own, so its memory is its own:
 * `tsx tests/bench/in-process.ts --content DIR --queries N [--cache DIR] [--bot]`
 * prints one JSON line: build time, answer() latency percentiles, questions
 * per second and RSS. With --bot the Discord client is built too (not logged
 * in), to see the memory of a whole bot process.
 */
import { parseArgs } from "node:util";
import { createBot } from "../../src/bot/create-bot.ts";
import { createLogger } from "../../src/bot/logger.ts";
import { AnswerEngine, loadContent } from "../../src/core/index.ts";
import { mulberry32 } from "./generated-corpus.ts";
import { percentile } from "./stats.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string" },
    queries: { type: "string", default: "2000" },
    cache: { type: "string" },
    bot: { type: "boolean", default: false },
  },
});

const started = performance.now();
const engine = new AnswerEngine(loadContent(values.content ?? "content"), {
  cacheDir: values.cache,
});
const buildMs = performance.now() - started;
if (values.bot) {
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

// Questions made of words from the passages themselves, plus question words, deterministically.
const random = mulberry32(1);
const starts = ["What", "Why did", "Who", "How does", "When was", "Where is"];
const questions = Array.from({ length: Number(values.queries) }, () => {
  const passage = engine.passages[Math.floor(random() * engine.passages.length)];
  const words = (passage?.text ?? "").split(/\s+/);
  const at = Math.floor(random() * Math.max(1, words.length - 5));
  return `${starts[Math.floor(random() * starts.length)]} ${words.slice(at, at + 2 + Math.floor(random() * 4)).join(" ")}?`;
});

for (const question of questions.slice(0, 200)) engine.answer(question); // warm-up
const latencies: number[] = [];
const runStarted = performance.now();
for (const question of questions) {
  const before = performance.now();
  engine.answer(question);
  latencies.push(performance.now() - before);
}
const runMs = performance.now() - runStarted;
const chars = engine.documents.reduce((sum, document) => sum + document.text.length, 0);
// Collect garbage first when allowed (node --expose-gc), so RSS is what the process keeps.
(globalThis as { gc?: () => void }).gc?.();

console.log(
  JSON.stringify({
    documents: engine.documents.length,
    passages: engine.passages.length,
    kilobytes: Math.round(chars / 1024),
    buildMs: Math.round(buildMs),
    queries: questions.length,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    questionsPerSecond: Math.round(questions.length / (runMs / 1000)),
    rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
  }),
);
