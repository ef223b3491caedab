/**
 * `npx tsx tests/http/bench-http.ts [--quick]`: the HTTP endpoint under load.
 * Starts one, then two, `npm run start:http` replicas (dist/, built first)
 * and sends each setup the same signed /ask interactions at a fixed rate,
 * round-robin over the replicas (as a load balancer would, without one in
 * the way), after a warm-up that is not measured. Prints one table row per
 * setup: answered, lost (no type-4 answer within 10 s), p50/p99/max latency
 * from sending the POST to reading the answer, and each replica's RSS.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { percentile } from "../bench/stats.ts";
import { chatInput, OPTION, user } from "../fake-discord/payloads.ts";
import type { HttpProcess } from "./http-process.ts";
import { killHttpProcess, startHttpProcess } from "./http-process.ts";
import { keyPair, signatureHeaders } from "./signed-requests.ts";

/** A request with no answer by then counts as lost. */
const LOST_AFTER_MS = 10_000;
/** Distinct askers the load is spread over (the rate limit is lifted for the run anyway). */
const ASKERS = 1000;
const QUESTIONS = [
  "Why is Tehran a useful ally for Moscow?",
  "What did Lavrov say about the global order?",
  "Which countries are in BRICS?",
  "When did Putin return to the presidency?",
  "What was the revolutionary slogan?",
  "What is the capital of France?",
  "Who replaced the United States as Iran's leading supplier?",
  "What do Russia and Iran oppose?",
];

interface LoadResult {
  replicas: number;
  interactions: number;
  ratePerSecond: number;
  answered: number;
  lost: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  rssMb: (number | null)[];
}

function rssOf(pid: number | undefined): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

/** `count` signed /ask requests, made before the clock starts. */
function signedRequests(count: number, privateKey: ReturnType<typeof keyPair>["privateKey"]) {
  return Array.from({ length: count }, (_, i) => {
    const asker = user(`23${String(i % ASKERS).padStart(16, "0")}`, `reader${i % ASKERS}`);
    const question = QUESTIONS[i % QUESTIONS.length] as string;
    const body = JSON.stringify(
      chatInput("ask", [{ name: "question", type: OPTION.string, value: question }], asker),
    );
    return {
      body,
      headers: { "content-type": "application/json", ...signatureHeaders(privateKey, body) },
    };
  });
}

/** Sends `requests` at `rate` per second over `ports` in turn; resolves with each latency, or null if lost. */
async function sendAtRate(
  requests: ReturnType<typeof signedRequests>,
  ports: readonly number[],
  rate: number,
): Promise<(number | null)[]> {
  const started = performance.now();
  const pending: Promise<number | null>[] = [];
  for (const [i, request] of requests.entries()) {
    const wait = started + (i * 1000) / rate - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sentAt = performance.now();
    const port = ports[i % ports.length] as number;
    pending.push(
      fetch(`http://127.0.0.1:${port}/interactions`, {
        method: "POST",
        ...request,
        signal: AbortSignal.timeout(LOST_AFTER_MS),
      })
        .then(async (response) => {
          const answer = (await response.json()) as { type?: number };
          return response.status === 200 && answer.type === 4 ? performance.now() - sentAt : null;
        })
        .catch(() => null),
    );
  }
  return Promise.all(pending);
}

async function runLoad(replicas: number, count: number, rate: number): Promise<LoadResult> {
  const keys = keyPair();
  const servers: HttpProcess[] = Array.from({ length: replicas }, () =>
    startHttpProcess({
      DISCORD_PUBLIC_KEY: keys.publicHex,
      PORT: "0",
      CONTENT_DIR: "content",
      LOG_LEVEL: "info",
      COOLDOWN_MAX_QUESTIONS: "1000000",
    }),
  );
  try {
    const ports = await Promise.all(servers.map((server) => server.listening));
    const warmUp = Math.min(250, Math.ceil(count / 10));
    await sendAtRate(signedRequests(warmUp, keys.privateKey), ports, rate);
    const latencies = await sendAtRate(signedRequests(count, keys.privateKey), ports, rate);
    const answered = latencies.filter((ms): ms is number => ms !== null);
    const round = (ms: number) => Math.round(ms * 100) / 100;
    return {
      replicas,
      interactions: count,
      ratePerSecond: rate,
      answered: answered.length,
      lost: count - answered.length,
      p50Ms: round(percentile(answered, 50)),
      p99Ms: round(percentile(answered, 99)),
      maxMs: round(Math.max(...answered)),
      rssMb: servers.map((server) => rssOf(server.child.pid)),
    };
  } finally {
    for (const server of servers) killHttpProcess(server);
  }
}

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false } } });
const [count, rate] = values.quick ? [200, 200] : [2500, 500];
execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], {
  stdio: "inherit",
});
const results = [await runLoad(1, count, rate), await runLoad(2, count, rate)];
console.log(
  [
    `HTTP endpoint (${values.quick ? "quick" : "full"}), Node ${process.version}, ${new Date().toISOString()}`,
    "",
    "| HTTP /ask, signed | interactions | rate/s | answered | lost | p50 ms | p99 ms | max ms | RSS MB per replica |",
    "|---|---|---|---|---|---|---|---|---|",
    ...results.map(
      (r) =>
        `| ${r.replicas} replica${r.replicas === 1 ? "" : "s"} | ${r.interactions} | ${r.ratePerSecond} | ${r.answered} | ${r.lost} | ${r.p50Ms} | ${r.p99Ms} | ${r.maxMs} | ${r.rssMb.map((mb) => mb ?? "n/a").join(" / ")} |`,
    ),
  ].join("\n"),
);
