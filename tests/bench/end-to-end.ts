import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, STORE_FILE } from "../../src/store/open-store.ts";
import type { RecordedRequest } from "../fake-discord/fake-discord.ts";
import { FakeDiscord } from "../fake-discord/fake-discord.ts";
import type { FakeUser } from "../fake-discord/payloads.ts";
import {
  CHANNEL_ID,
  chatInput,
  GUILD_ID,
  OPTION,
  user,
  userMessage,
} from "../fake-discord/payloads.ts";
import { percentile } from "./stats.ts";

/**
 * How a question is asked: `/ask`, answered by an interaction callback, or
 * a message in an ask channel, answered by a message in the thread started
 * on it (whose id is the question's).
 */
export type AskedBy = "slash-command" | "ask-channel";

/** Sends question `text` from `asker` as `by` says; resolves with the id its answer will name. */
function send(fake: FakeDiscord, by: AskedBy, text: string, asker: FakeUser): string {
  if (by === "ask-channel") {
    const message = userMessage(text, asker);
    fake.dispatch("MESSAGE_CREATE", message, GUILD_ID);
    return message.id;
  }
  const interaction = chatInput(
    "ask",
    [{ name: "question", type: OPTION.string, value: text }],
    asker,
  );
  fake.dispatch("INTERACTION_CREATE", interaction, GUILD_ID);
  return interaction.id;
}

/** The id of the question `request` answers, or undefined when it answers none. */
function answered(by: AskedBy, request: RecordedRequest): string | undefined {
  if (request.status === undefined || request.status >= 300 || request.method !== "POST")
    return undefined;
  const parts = request.path.split("/");
  if (by === "slash-command")
    return request.path.endsWith("/callback") && request.status === 204 ? parts[2] : undefined;
  return parts.length === 4 && parts[1] === "channels" && parts[3] === "messages"
    ? parts[2]
    : undefined;
}

export interface EndToEndResult {
  /** How the questions were asked. */
  askedBy: AskedBy;
  /** Interactions sent first, at the same rate, and not measured: JIT and connection warm-up. */
  warmUp: number;
  /** p99 of the warm-up interactions, to show what a cold process costs. */
  warmUpP99Ms: number;
  interactions: number;
  ratePerSecond: number;
  answered: number;
  lost: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  throughputPerSecond: number;
  botRssMb: number | null;
  /** Whether questions were kept (SQLite, as `npm start` does by default). */
  store: boolean;
  /** Questions the store holds once the bot has stopped: every one sent, when none is lost. */
  storedQuestions: number;
  /** Size of the SQLite file once the bot has stopped, in bytes. */
  storeBytes: number;
  /** That size for 10,000 questions, in kilobytes. */
  storeKbPer10k: number;
}

/** The store's figures once the bot has stopped: what it holds and its size. */
async function storeFigures(dataDir: string) {
  const store = await openStore({ dataDir });
  const report = await store.report({ since: 0 });
  await store.close();
  const storedQuestions = report.questions.reduce((sum, entry) => sum + entry.asked, 0);
  const file = join(dataDir, STORE_FILE);
  const storeBytes = existsSync(file) ? statSync(file).size : 0;
  const storeKbPer10k =
    storedQuestions === 0 ? 0 : Math.round((storeBytes / storedQuestions) * 10_000) / 1024;
  return { storedQuestions, storeBytes, storeKbPer10k: Math.round(storeKbPer10k) };
}

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

/** The resident memory of process `pid` in MB, from /proc (Linux), or null elsewhere. */
function rssOf(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

/**
 * Runs the real bot (what `npm start` runs: dist/, built first) against
 * the fake Discord on loopback and asks `count` questions at `rate` per
 * second, after `warmUp` more at the same rate that are not measured: /ask
 * interactions, or messages in an ask channel (`by`). Latency is from the
 * gateway dispatch to the answer reaching the fake (the interaction's
 * callback, or the message in the question's thread); a question with no
 * answer within 10 s is lost.
 * The bot keeps questions in SQLite in a temporary folder, as `npm start`
 * does; with `store: false` its data folder is a file, so it answers
 * without keeping any (what a store that cannot be used at start-up leads to).
 */
export async function runEndToEnd(
  count: number,
  rate: number,
  warmUp = Math.min(250, Math.ceil(count / 10)),
  by: AskedBy = "slash-command",
  options: { store?: boolean } = {},
): Promise<EndToEndResult> {
  const store = options.store ?? true;
  const dataRoot = mkdtempSync(join(tmpdir(), "qa-e2e-store-"));
  const dataDir = join(dataRoot, "data");
  if (!store) writeFileSync(dataDir, "not a folder: no store");
  const fake = await new FakeDiscord().start();
  const bot = spawn(process.execPath, ["dist/bot/main.js"], {
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
      LOG_LEVEL: "info",
      COOLDOWN_MAX_QUESTIONS: "1000000",
      ASK_CHANNEL_IDS: by === "ask-channel" ? CHANNEL_ID : "",
      DOTENV_CONFIG_PATH: "/nonexistent",
      DATA_DIR: dataDir,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  bot.stderr.on("data", (chunk) => {
    log = (log + chunk).slice(-10_000);
  });
  try {
    await fake.until(() => log.includes('"event":"ready"'), 30_000, "the bot to be ready");
    const sentAt = new Map<string, number>();
    const warmUpIds = new Set<string>();
    const started = performance.now();
    for (let i = 0; i < warmUp + count; i += 1) {
      const due = started + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      const asker = user(
        `2000000000${String(100000 + (i % 5000)).padStart(8, "0")}`,
        `reader${i % 5000}`,
      );
      const id = send(fake, by, QUESTIONS[i % QUESTIONS.length] as string, asker);
      sentAt.set(id, performance.now());
      if (i < warmUp) warmUpIds.add(id);
    }
    const answers = () => fake.requests.filter((request) => answered(by, request)).length;
    await fake
      .until(() => answers() >= warmUp + count, 10_000, "every answer")
      .catch(() => undefined);
    const latencies: number[] = [];
    const warmUpLatencies: number[] = [];
    let first = Number.POSITIVE_INFINITY;
    let last = started;
    for (const request of fake.requests) {
      const id = answered(by, request);
      const sent = id === undefined ? undefined : sentAt.get(id);
      if (sent === undefined) continue;
      if (warmUpIds.has(id as string)) {
        warmUpLatencies.push(request.receivedAt - sent);
        continue;
      }
      latencies.push(request.receivedAt - sent);
      first = Math.min(first, sent);
      last = Math.max(last, request.receivedAt);
    }
    const botRssMb = bot.pid ? rssOf(bot.pid) : null;
    // The bot writes what is still queued as it stops: count the store after.
    bot.kill("SIGTERM");
    await new Promise((resolve) => bot.once("exit", resolve));
    const figures = store
      ? await storeFigures(dataDir)
      : { storedQuestions: 0, storeBytes: 0, storeKbPer10k: 0 };
    return {
      askedBy: by,
      warmUp,
      warmUpP99Ms: percentile(warmUpLatencies, 99),
      interactions: count,
      ratePerSecond: rate,
      answered: latencies.length,
      lost: count - latencies.length,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      maxMs: percentile(latencies, 100),
      throughputPerSecond: Math.round(latencies.length / ((last - first) / 1000)),
      botRssMb,
      store,
      ...figures,
    };
  } finally {
    if (bot.exitCode === null && bot.signalCode === null) {
      bot.kill("SIGTERM");
      await new Promise((resolve) => bot.once("exit", resolve));
    }
    await fake.stop();
    rmSync(dataRoot, { recursive: true, force: true });
  }
}
