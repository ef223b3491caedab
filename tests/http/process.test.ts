/**
 * `npm run start:http` as it runs: two replicas behind a round-robin proxy
 * share nothing, yet a button under one replica's answer works on the other;
 * a missing or malformed key stops it in one line; SIGTERM stops it cleanly.
 */
import { afterEach, describe, expect, it } from "vitest";
import { botMessage, buttonClick, chatInput, OPTION, user } from "../fake-discord/payloads.ts";
import { ARTICLE_DIR } from "../helpers.ts";
import type { HttpProcess } from "./http-process.ts";
import { killHttpProcess, startHttpProcess } from "./http-process.ts";
import type { RoundRobinProxy } from "./round-robin-proxy.ts";
import { startRoundRobinProxy } from "./round-robin-proxy.ts";
import { keyPair, postSigned, send } from "./signed-requests.ts";

/** Starting node, discord.js and the index takes seconds on a busy machine; several starts, more. */
const PROCESS_TEST_TIMEOUT_MS = 90_000;
const keys = keyPair();
const running: HttpProcess[] = [];
let proxy: RoundRobinProxy | undefined;

afterEach(async () => {
  for (const server of running.splice(0)) killHttpProcess(server);
  await proxy?.close();
  proxy = undefined;
});

function start(env: Record<string, string> = {}): HttpProcess {
  const server = startHttpProcess({
    DISCORD_PUBLIC_KEY: keys.publicHex,
    PORT: "0",
    CONTENT_DIR: ARTICLE_DIR,
    ...env,
  });
  running.push(server);
  return server;
}

interface AnswerData {
  embeds: { title?: string; footer?: { text: string } }[];
  components: { components: { custom_id: string }[] }[];
}

describe("two replicas behind a round-robin proxy", () => {
  it(
    "a More button from one replica's answer pages on in the other",
    async () => {
      const [first, second] = [start(), start()];
      const ports = await Promise.all([first.listening, second.listening]);
      proxy = await startRoundRobinProxy(ports);
      const asker = user("220000000000000001", "reader");
      const question = "Why does Russia back Assad?";

      const answer = await postSigned(
        proxy.url,
        keys.privateKey,
        chatInput("ask", [{ name: "question", type: OPTION.string, value: question }], asker),
      );
      const data = answer.body.data as AnswerData;
      const [moreId = "", contextId = ""] = (data.components[0]?.components ?? []).map(
        (button) => button.custom_id,
      );
      const message = botMessage({ embeds: data.embeds, components: data.components });
      const more = await postSigned(
        proxy.url,
        keys.privateKey,
        buttonClick(moreId, message, asker),
      );
      const around = await postSigned(
        proxy.url,
        keys.privateKey,
        buttonClick(contextId, message, asker),
      );
      // The answer came from one replica, the clicks went to the other, then back.
      expect(proxy.served).toEqual([ports[0], ports[1], ports[0]]);

      // The page the first replica gives for the same click, asked directly.
      const samePageFromFirst = await postSigned(
        `http://127.0.0.1:${ports[0]}`,
        keys.privateKey,
        buttonClick(moreId, message, asker),
      );
      expect(more.status).toBe(200);
      expect(more.body.type).toBe(7);
      expect(more.body).toEqual(samePageFromFirst.body);
      const page = more.body.data as AnswerData;
      expect(page.embeds[0]?.title).toBe(question);
      expect(page.embeds[0]?.footer?.text).not.toBe(data.embeds[0]?.footer?.text);
      expect(around.body).toMatchObject({ type: 4, data: { flags: 64 } });

      const buttonLines = second.logLines().filter((line) => line.kind === "button");
      expect(buttonLines).toHaveLength(1);
      expect(buttonLines[0]).toMatchObject({ event: "interaction", outcome: "ok" });
    },
    PROCESS_TEST_TIMEOUT_MS,
  );
});

describe("the process", () => {
  it(
    "answers /healthz, and on SIGTERM says 'stopped' and exits 0",
    async () => {
      const server = start();
      const port = await server.listening;
      const health = await send(`http://127.0.0.1:${port}/healthz`, { method: "GET" });
      expect(health).toMatchObject({ status: 200, body: { status: "ok" } });
      server.child.kill("SIGTERM");
      expect(await server.exited).toBe(0);
      expect(server.logLines().some((line) => line.event === "stopped")).toBe(true);
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    "stops in one line naming DISCORD_PUBLIC_KEY when it is missing or malformed",
    async () => {
      const servers = ["", "not-a-key", keys.publicHex.slice(2)].map((key) =>
        start({ DISCORD_PUBLIC_KEY: key }),
      );
      for (const server of servers) {
        expect(await server.exited).toBe(1);
        const lines = server.stderr().trim().split("\n");
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/^DISCORD_PUBLIC_KEY .*Developer Portal/);
      }
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    "needs no bot token, and refuses a malformed one all the same",
    async () => {
      const server = start({ DISCORD_TOKEN: "not a token" });
      expect(await server.exited).toBe(1);
      expect(server.stderr()).toMatch(/^DISCORD_TOKEN /);
    },
    PROCESS_TEST_TIMEOUT_MS,
  );
});
