import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { FakeDiscord } from "../fake-discord/fake-discord.ts";
import {
  chatInput,
  GUILD_ID,
  OPTION,
  SECOND_CHANNEL_ID,
  SECOND_GUILD_ID,
} from "../fake-discord/payloads.ts";
import { messageOf } from "./expect-payload.ts";

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

it("npm run start:sharded starts one shard per [id, count] the gateway recommends, and each answers its servers", async () => {
  const fake = await new FakeDiscord({ shards: 2 }).start();
  cleanups.push(() => fake.stop());
  const manager = spawn("npm", ["run", "--silent", "--ignore-scripts", "start:sharded"], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      // The run's temporary folder, so the shards keep their questions there, not in data/.
      TMPDIR: tmpdir(),
      DATA_DIR: mkdtempSync(join(tmpdir(), "qa-data-")),
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
      TOTAL_SHARDS: "auto",
      DOTENV_CONFIG_PATH: "/nonexistent",
    },
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  manager.stderr?.on("data", (chunk) => (log += chunk));
  cleanups.push(() => {
    if (manager.pid) process.kill(-manager.pid, "SIGKILL");
  });

  await fake.until(
    () => log.includes('"event":"all_shards_ready"'),
    40_000,
    "both shards to be ready",
  );
  expect(fake.identifies.map((identify) => identify.shard).sort()).toEqual([
    [0, 2],
    [1, 2],
  ]);
  expect(fake.sessionFor(GUILD_ID)?.shard).toEqual([0, 2]);
  expect(fake.sessionFor(SECOND_GUILD_ID)?.shard).toEqual([1, 2]);

  const ask = (guildId: string, channelId?: string) => {
    const interaction = chatInput(
      "ask",
      [{ name: "question", type: OPTION.string, value: "Who is Lavrov?" }],
      undefined,
      { guildId, channelId },
    );
    fake.dispatch("INTERACTION_CREATE", interaction, guildId);
    const path = `/interactions/${interaction.id}/${interaction.token}/callback`;
    return fake.waitForRequest(
      (request) => request.path === path && request.status === 204,
      10_000,
    );
  };
  const [first, second] = await Promise.all([
    ask(GUILD_ID),
    ask(SECOND_GUILD_ID, SECOND_CHANNEL_ID),
  ]);
  expect(messageOf(first).embeds?.[0]?.description).toContain("polycentric architecture");
  expect(messageOf(second).embeds?.[0]?.description).toContain("polycentric architecture");
  expect(fake.interactionsNotAnsweredOnce()).toEqual([]);
}, 60_000);

it("a clean stop of npm run start:sharded logs each shard stopping at info, none dying at warn", async () => {
  const fake = await new FakeDiscord({ shards: 2 }).start();
  cleanups.push(() => fake.stop());
  // The command behind the script, without npm in between, so SIGTERM reaches the manager itself.
  const manager = spawn(process.execPath, ["dist/bot/sharded.js"], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      // The run's temporary folder, so the shards keep their questions there, not in data/.
      TMPDIR: tmpdir(),
      DATA_DIR: mkdtempSync(join(tmpdir(), "qa-data-")),
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
      TOTAL_SHARDS: "2",
      DOTENV_CONFIG_PATH: "/nonexistent",
    },
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  manager.stderr?.on("data", (chunk) => (log += chunk));
  const exited = new Promise<number | null>((resolve) => manager.on("exit", resolve));
  cleanups.push(() => {
    if (manager.pid && manager.exitCode === null) process.kill(-manager.pid, "SIGKILL");
  });
  await fake.until(
    () => log.includes('"event":"all_shards_ready"'),
    40_000,
    "both shards to be ready",
  );
  manager.kill("SIGTERM");
  expect(await exited).toBe(0);
  const lines = log
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as { level: string; event: string; shardId?: number });
  expect(lines.filter((line) => line.level === "warn" || line.level === "error")).toEqual([]);
  expect(
    lines
      .filter((line) => line.event === "shard_stopped")
      .map((line) => line.shardId)
      .sort(),
  ).toEqual([0, 1]);
}, 60_000);
