import { describe, expect, it } from "vitest";
import { readConfig } from "../../src/bot/config.ts";
import { readStoreConfig, storeSecrets } from "../../src/bot/store-config.ts";
import { ConfigError } from "../../src/runtime/settings.ts";

const TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.GfAkE1.fake-bot-token-abcdefghijklmnopqrstu";

describe("the store's settings", () => {
  it("default to SQLite under data/, kept 90 days, 100,000 questions a server", () => {
    expect(readStoreConfig({})).toEqual({
      location: { dataDir: "data", databaseUrl: undefined },
      retention: { days: 90, maxPerServer: 100_000 },
    });
  });

  it("take PostgreSQL from DATABASE_URL, and the rest from their variables", () => {
    const config = readStoreConfig({
      DATA_DIR: "/var/lib/qa",
      DATABASE_URL: "postgres://bot:pw@db.internal:5432/qa",
      RETAIN_DAYS: "30",
      MAX_QUESTIONS_PER_SERVER: "5000",
    });
    expect(config.location).toEqual({
      dataDir: "/var/lib/qa",
      databaseUrl: "postgres://bot:pw@db.internal:5432/qa",
    });
    expect(config.retention).toEqual({ days: 30, maxPerServer: 5000 });
  });

  it("are checked with the bot's other settings, each mistake in one line naming the setting", () => {
    const read = (env: NodeJS.ProcessEnv) => () => readConfig({ DISCORD_TOKEN: TOKEN, ...env });
    expect(read({ RETAIN_DAYS: "0" })).toThrow(ConfigError);
    expect(read({ RETAIN_DAYS: "ninety" })).toThrow(/^RETAIN_DAYS must be a whole number/);
    expect(read({ MAX_QUESTIONS_PER_SERVER: "-3" })).toThrow(/^MAX_QUESTIONS_PER_SERVER/);
    expect(read({ DATABASE_URL: "mysql://bot:hunter22@db/qa" })).toThrow(
      /^DATABASE_URL must start with postgres:\/\//,
    );
    expect(read({ DATABASE_URL: "not a url hunter22" })).toThrow(/^DATABASE_URL is not a URL/);
    try {
      read({ DATABASE_URL: "mysql://bot:hunter22@db/qa" })();
    } catch (error) {
      expect((error as Error).message).not.toContain("hunter22");
    }
  });

  it("keep the database URL and its password out of the logs", () => {
    const config = readStoreConfig({ DATABASE_URL: "postgres://bot:s3cret-pass@db/qa" });
    expect(storeSecrets(config)).toEqual(["postgres://bot:s3cret-pass@db/qa", "s3cret-pass"]);
    expect(storeSecrets(readStoreConfig({}))).toEqual([]);
  });
});
