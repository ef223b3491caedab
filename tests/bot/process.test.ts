import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FakeDiscord } from "../fake-discord/fake-discord.ts";
import { chatInput, GUILD_ID, OPTION } from "../fake-discord/payloads.ts";
import { messageOf } from "./expect-payload.ts";

const packageJson = JSON.parse(readFileSync("package.json", "utf8")) as {
  scripts: Record<string, string>;
};

interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/**
 * Runs `npm run <script>` as an admin would, with only the given settings (no
 * .env in tests). The build that `npm start` runs first was done once by the
 * global setup, so pre-scripts are skipped.
 */
function npm(script: string, env: Record<string, string>): Running {
  return run("npm", ["run", "--silent", "--ignore-scripts", script], env);
}

/**
 * Runs the command behind `npm start` without npm in between, so a signal
 * reaches the bot itself and its own exit code is seen.
 */
function startScript(env: Record<string, string>): Running {
  const [command = "", ...args] = (packageJson.scripts.start as string).split(" ");
  return run(command === "node" ? process.execPath : command, args, env);
}

function run(command: string, args: string[], env: Record<string, string>): Running {
  const child = spawn(command, args, {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DOTENV_CONFIG_PATH: "/nonexistent/.env",
      // Questions are kept in the run's temporary folder, not in the project's data/.
      DATA_DIR: mkdtempSync(join(tmpdir(), "qa-data-")),
      ...env,
    },
    detached: true,
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => (stdout += chunk));
  child.stderr?.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

const running: Running[] = [];
const fakes: FakeDiscord[] = [];
afterEach(async () => {
  for (const { child } of running.splice(0))
    if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGKILL");
  for (const fake of fakes.splice(0)) await fake.stop();
});

async function startFake(): Promise<FakeDiscord> {
  const fake = await new FakeDiscord().start();
  fakes.push(fake);
  return fake;
}

/**
 * A `.env` made as the README says: `.env.example` copied, with only the token
 * and the client id filled in. Returns its path; removed after the test.
 */
function envFromExample(token: string): string {
  const dir = mkdtempSync(join(tmpdir(), "qa-env-"));
  cleanupDirs.push(dir);
  const path = join(dir, ".env");
  const filled = readFileSync(".env.example", "utf8")
    .replace(/^DISCORD_TOKEN=.*$/m, `DISCORD_TOKEN=${token}`)
    .replace(/^DISCORD_CLIENT_ID=.*$/m, "DISCORD_CLIENT_ID=100000000000000001");
  writeFileSync(path, filled);
  return path;
}
const cleanupDirs: string[] = [];
afterEach(() => {
  for (const dir of cleanupDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("a .env copied from .env.example", () => {
  for (const script of ["start", "start:sharded"]) {
    it(`npm run ${script} logs in and answers /ask, whatever SHARD_COUNT the shell holds`, async () => {
      const fake = await startFake();
      const bot = npm(script, {
        DOTENV_CONFIG_PATH: envFromExample(fake.token),
        // Only the fake's address differs from an admin's set-up; the environment wins over .env.
        DISCORD_API_BASE_URL: fake.apiBaseUrl,
        // discord.js reads SHARD_COUNT by itself; a stray one must not reach it.
        SHARD_COUNT: "auto",
      });
      running.push(bot);
      await fake.until(() => fake.identifies.length > 0, 30_000, "the bot to identify");
      expect(fake.identifies[0]?.shard).toEqual([0, 1]);
      const interaction = chatInput("ask", [
        { name: "question", type: OPTION.string, value: "Who is Lavrov?" },
      ]);
      await fake.until(
        () => bot.stderr().includes('"event":"ready"'),
        30_000,
        "the ready log line",
      );
      fake.dispatch("INTERACTION_CREATE", interaction, GUILD_ID);
      const callback = await fake.waitForRequest(
        (request) =>
          request.path === `/interactions/${interaction.id}/${interaction.token}/callback`,
        10_000,
      );
      expect(messageOf(callback).embeds?.[0]?.description).toContain("polycentric architecture");
      expect(bot.stderr()).not.toMatch(/Error|at .*\.js:\d+/);
    }, 60_000);
  }
});

describe("npm start", () => {
  it("logs in through DISCORD_API_BASE_URL and answers /ask", async () => {
    const fake = await startFake();
    const bot = npm("start", {
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
      LOG_LEVEL: "info",
    });
    running.push(bot);
    await fake.until(() => fake.identifies.length > 0, 20_000, "the bot to identify");
    expect(fake.identifies[0]).toMatchObject({
      token: fake.token,
      shard: [0, 1],
      intents: 1 | 512 | 4096,
    });
    await fake.until(() => bot.stderr().includes('"event":"ready"'), 10_000, "the ready log line");
    const interaction = chatInput("ask", [
      { name: "question", type: OPTION.string, value: "Who is Lavrov?" },
    ]);
    fake.dispatch("INTERACTION_CREATE", interaction, GUILD_ID);
    const callback = await fake.waitForRequest(
      (request) => request.path === `/interactions/${interaction.id}/${interaction.token}/callback`,
    );
    expect(messageOf(callback).embeds?.[0]?.description).toContain("polycentric architecture");
    expect(bot.stderr()).not.toContain(fake.token);
  }, 40_000);

  it.each(["SIGTERM", "SIGINT"])(
    "closes the gateway connection and exits 0 on %s, logging no reconnect",
    async (signal) => {
      const fake = await startFake();
      const bot = startScript({
        DISCORD_TOKEN: fake.token,
        DISCORD_API_BASE_URL: fake.apiBaseUrl,
        LOG_LEVEL: "info",
      });
      running.push(bot);
      await fake.until(
        () => bot.stderr().includes('"event":"ready"'),
        20_000,
        "the ready log line",
      );
      process.kill(bot.child.pid as number, signal);
      expect(await bot.exited).toBe(0);
      expect(bot.stderr()).toContain(`"event":"stopping","signal":"${signal}"`);
      expect(bot.stderr()).not.toContain('"event":"reconnecting"');
      await fake.until(
        () => [...fake.sessions.values()].every((session) => session.socket === null),
        2000,
        "the socket to close",
      );
    },
    40_000,
  );

  it("without a token says what to set, in one line, exit code 1", async () => {
    const bot = npm("start", {});
    running.push(bot);
    expect(await bot.exited).toBe(1);
    expect(bot.stderr().trim()).toBe(
      "DISCORD_TOKEN is not set: copy .env.example to .env and put your bot token there (Developer Portal → your application → Bot → Reset Token)",
    );
  }, 20_000);

  it("with a rejected token says so, in one line, exit code 1", async () => {
    const fake = await startFake();
    const bot = npm("start", {
      DISCORD_TOKEN: "MTAwMDAwMDAwMDAwMDAwMDAx.GwRoNg.wrong-token-abcdefghijklmnopqrstuv",
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
    });
    running.push(bot);
    expect(await bot.exited).toBe(1);
    expect(bot.stderr().trim()).toMatch(
      /^Discord rejected DISCORD_TOKEN: reset the token in the Developer Portal/,
    );
    expect(bot.stderr().trim().split("\n")).toHaveLength(1);
  }, 20_000);

  it("with broken content names the problem, exit code 1", async () => {
    const bot = npm("start", {
      DISCORD_TOKEN: "MTAwMDAwMDAwMDAwMDAwMDAx.GsOmE1.some-token-abcdefghijklmnopqrstuvw",
      CONTENT_DIR: "/no/such/folder",
    });
    running.push(bot);
    expect(await bot.exited).toBe(1);
    expect(bot.stderr().trim()).toBe(
      "/no/such/folder: content folder not found; set CONTENT_DIR (or --content) to a folder of .md or .txt documents",
    );
  }, 20_000);

  it("with a bad setting names it", async () => {
    const bot = npm("start", {
      DISCORD_TOKEN: "MTAwMDAwMDAwMDAwMDAwMDAx.GsOmE1.some-token-abcdefghijklmnopqrstuvw",
      COOLDOWN_MAX_QUESTIONS: "lots",
    });
    running.push(bot);
    expect(await bot.exited).toBe(1);
    expect(bot.stderr().trim()).toBe(
      'COOLDOWN_MAX_QUESTIONS must be a whole number of at least 1 (got "lots"); fix it in .env',
    );
  }, 20_000);
});

describe("npm run deploy-commands", () => {
  it("registers every command in the server given, and prints them", async () => {
    const fake = await startFake();
    const deploy = npm("deploy-commands", {
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: "100000000000000001",
      DISCORD_GUILD_ID: GUILD_ID,
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
    });
    running.push(deploy);
    expect(await deploy.exited).toBe(0);
    const put = fake.requests.find((request) => request.method === "PUT");
    if (!put) throw new Error("no PUT of commands");
    expect(put.path).toBe(`/applications/100000000000000001/guilds/${GUILD_ID}/commands`);
    expect(put.headers.authorization).toBe(`Bot ${fake.token}`);
    const names = (put.body as { name: string; type: number }[]).map((command) => [
      command.name,
      command.type,
    ]);
    expect(names).toEqual([
      ["ask", 1],
      ["quote", 1],
      ["about", 1],
      ["report", 1],
      ["forget-me", 1],
      ["Ask the article", 3],
    ]);
    expect(deploy.stdout()).toBe(
      `Registered 6 commands in server ${GUILD_ID}:\n  /ask\n  /quote\n  /about\n  /report\n  /forget-me\n  message menu: Ask the article\n`,
    );
  }, 20_000);

  it("registers globally without DISCORD_GUILD_ID", async () => {
    const fake = await startFake();
    const deploy = npm("deploy-commands", {
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: "100000000000000001",
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
    });
    running.push(deploy);
    expect(await deploy.exited).toBe(0);
    expect(fake.requests.find((request) => request.method === "PUT")?.path).toBe(
      "/applications/100000000000000001/commands",
    );
  }, 20_000);

  it("asks for the client id when it is missing", async () => {
    const deploy = npm("deploy-commands", {
      DISCORD_TOKEN: "MTAwMDAwMDAwMDAwMDAwMDAx.GsOmE1.some-token-abcdefghijklmnopqrstuvw",
    });
    running.push(deploy);
    expect(await deploy.exited).toBe(1);
    expect(deploy.stderr().trim()).toMatch(
      /^DISCORD_CLIENT_ID is not set: copy the Application ID/,
    );
  }, 20_000);
});
