/**
 * `npm run start:sharded`: runs the bot under discord.js's ShardingManager,
 * one process per shard. Discord requires sharding from 2,500 servers on.
 * TOTAL_SHARDS is a number, or `auto` (default) for the count the gateway
 * recommends — asked through DISCORD_API_BASE_URL when it is set.
 */
import "../runtime/load-env.ts";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import type { RESTGetAPIGatewayBotResult } from "discord.js";
import { REST, Routes, ShardingManager } from "discord.js";
import { fail } from "../runtime/fail.ts";
import { createLogger } from "../runtime/logger.ts";
import { installProcessGuards } from "../runtime/process-guards.ts";
import { ConfigError, DEFAULT_SHUTDOWN_GRACE_MS } from "../runtime/settings.ts";
import { readConfig, TOKEN_REJECTED } from "./config.ts";

let config: ReturnType<typeof readConfig>;
try {
  config = readConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}
const logger = createLogger(config.logLevel, [config.token]);

/** TOTAL_SHARDS as a number, asking the gateway when it is `auto`. */
async function shardCount(): Promise<number> {
  const setting = process.env.TOTAL_SHARDS?.trim() || "auto";
  if (setting !== "auto") {
    const count = Number(setting);
    if (!Number.isInteger(count) || count < 1)
      fail(`TOTAL_SHARDS must be "auto" or a whole number of at least 1 (got "${setting}")`);
    return count;
  }
  const rest = new REST(config.apiBaseUrl ? { api: config.apiBaseUrl } : {}).setToken(config.token);
  try {
    const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
    return gateway.shards;
  } catch (error) {
    if ((error as { status?: number }).status === 401) fail(TOKEN_REJECTED);
    fail(
      `Could not ask Discord for the shard count (${error instanceof Error ? error.message : error}); set TOTAL_SHARDS to a number`,
    );
  }
}

const totalShards = await shardCount();
// Each shard runs main beside this file: compiled JavaScript from `npm run build`, or TypeScript through tsx.
const extension = extname(fileURLToPath(import.meta.url));
const manager = new ShardingManager(fileURLToPath(new URL(`./main${extension}`, import.meta.url)), {
  token: config.token,
  totalShards,
  execArgv: extension === ".ts" ? ["--import", "tsx"] : [],
  respawn: true,
});
/** Set once the manager is told to stop: shards exiting then are expected, not a fault. */
let stopping = false;
manager.on("shardCreate", (shard) => {
  logger.info("shard_started", { shardId: shard.id, totalShards });
  shard.on("death", () => {
    if (stopping) logger.info("shard_stopped", { shardId: shard.id });
    else logger.warn("shard_died", { shardId: shard.id });
  });
});

const graceMs = config.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS;
installProcessGuards(
  process,
  logger,
  () => {
    stopping = true;
    // Each shard stops gracefully on SIGTERM (what kill sends) within the same
    // deadline as this process; wait for them before exiting.
    const exits = [...manager.shards.values()].map((shard) => {
      const child = shard.process;
      if (!child || child.exitCode !== null) return Promise.resolve();
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      shard.kill();
      return exited;
    });
    void Promise.all(exits).finally(() => process.exit(0));
  },
  { graceMs },
);

try {
  await manager.spawn({ timeout: 60_000 });
  logger.info("all_shards_ready", { totalShards });
} catch (error) {
  logger.error("shards_failed", { error });
  for (const shard of manager.shards.values()) shard.kill();
  fail(`Could not start every shard: ${error instanceof Error ? error.message : error}`);
}
