import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { readStoreConfig } from "../../src/bot/store-config.ts";
import { openStoreOrSayWhy } from "../../src/bot/store-start.ts";
import { createLogger } from "../../src/runtime/logger.ts";
import { openStore, STORE_FILE } from "../../src/store/open-store.ts";
import type { Harness } from "../fake-discord/harness.ts";
import { startBot } from "../fake-discord/harness.ts";
import { botMessage, buttonClick, chatInput, OPTION } from "../fake-discord/payloads.ts";
import { buttonsOf, messageOf } from "./expect-payload.ts";

const ask = (text: string) =>
  chatInput("ask", [{ name: "question", type: OPTION.string, value: text }]);

describe("a store that cannot be used at start-up", () => {
  it("is reported in one log line, and the bot goes on without keeping questions", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "qa-corrupt-"));
    writeFileSync(join(dataDir, STORE_FILE), "not a database ".repeat(500));
    const lines: string[] = [];
    const logger = createLogger("debug", [], (line) => lines.push(line));
    const store = await openStoreOrSayWhy(readStoreConfig({ DATA_DIR: dataDir }), logger);
    expect(store).toBeUndefined();
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      level: "error",
      event: "store_unavailable",
      problem: expect.stringContaining("not a database"),
    });
  });
});

describe("a store that fails mid-run", () => {
  let bot: Harness | undefined;
  afterAll(async () => bot?.stop());

  it("loses no answer: the failure is logged once, answers and their buttons go out", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "qa-failing-"));
    bot = await startBot({ store: await openStore({ dataDir }) });
    // Another hand breaks the database under the running bot.
    const vandal = new Database(join(dataDir, STORE_FILE));
    vandal.exec("DROP TABLE unknown_words; DROP TABLE votes; DROP TABLE questions;");
    vandal.close();

    const first = messageOf(await bot.interact(ask("Who is Lavrov?")));
    expect(first.embeds?.[0]?.description).toContain("Lavrov");
    const running = bot;
    await running.fake.until(
      () => running.logs.some((line) => line.event === "store_write_failed"),
      5000,
      "the failed write to be logged",
    );
    const second = messageOf(await bot.interact(ask("What is BRICS?")));
    expect(second.embeds?.[0]?.description).toContain("BRICS");
    const helpful = buttonsOf(second).find((button) => button.label === "Helpful");
    const vote = messageOf(
      await bot.interact(buttonClick(helpful?.custom_id as string, botMessage(second))),
    );
    expect(vote.content).toContain("could not be saved");
    expect(bot.logs.filter((line) => line.event === "store_write_failed")).toHaveLength(1);
  });
});
