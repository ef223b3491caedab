import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "../../src/store/migrations.ts";
import { openStore, STORE_FILE, StoreError } from "../../src/store/open-store.ts";
import type { QuestionStore } from "../../src/store/question-store.ts";
import type { QuestionRecord } from "../../src/store/records.ts";
import { SqliteDatabase } from "../../src/store/sqlite-database.ts";
import { backends } from "./backends.ts";

const GUILD = "300000000000000000001";
const OTHER_GUILD = "300000000000000000002";
const ALICE = "200000000000000001";
const BOB = "200000000000000002";
const DAY = 86_400_000;
/** A fixed clock: the tests never depend on when they run. */
const NOW = Date.UTC(2025, 0, 15);

let sequence = 0;
function asked(fields: Partial<QuestionRecord> = {}): QuestionRecord {
  sequence += 1;
  return {
    id: String(1_000_000_000_000_000n + BigInt(sequence)),
    guildId: GUILD,
    channelId: "300000000000000009",
    askerId: ALICE,
    askedAt: NOW,
    question: "Why does Russia back Assad?",
    outcome: "answered",
    passages: ["4", "7-8"],
    content: "AbCdEf12",
    unknownWords: [],
    ...fields,
  };
}

describe.each(backends())("the question store on $name", (backend) => {
  afterAll(() => backend.cleanUp());
  const fresh = async (): Promise<QuestionStore> => openStore(await backend.freshLocation());

  it("is created on first start and keeps what it holds across a restart", async () => {
    const location = await backend.freshLocation();
    const first = await openStore(location);
    await first.addQuestions([asked({ question: "Who is Lavrov?" })]);
    await first.close();
    const again = await openStore(location);
    const report = await again.report({ guildId: GUILD, since: 0 });
    expect(report.questions.map((entry) => entry.question)).toEqual(["Who is Lavrov?"]);
    await again.close();
  });

  it("reports each distinct question once, most asked first, with its latest outcome", async () => {
    const store = await fresh();
    await store.addQuestions([
      asked({ question: "What is the kremlin?", outcome: "declined", askedAt: NOW - 2 * DAY }),
      asked({ question: "what is the  Kremlin?", outcome: "declined", askedAt: NOW - DAY }),
      asked({ question: "What is the kremlin?", outcome: "answered", askedAt: NOW }),
      asked({ question: "Who is Lavrov?", outcome: "low" }),
    ]);
    const { questions } = await store.report({ guildId: GUILD, since: 0 });
    expect(questions).toEqual([
      {
        question: expect.stringMatching(/kremlin/i),
        asked: 3,
        outcome: "answered",
        helpful: 0,
        notHelpful: 0,
      },
      { question: "Who is Lavrov?", asked: 1, outcome: "low", helpful: 0, notHelpful: 0 },
    ]);
    await store.close();
  });

  it("counts the words members use that the documents lack, most frequent first", async () => {
    const store = await fresh();
    await store.addQuestions([
      asked({ unknownWords: ["kremlin"] }),
      asked({ unknownWords: ["kremlin", "tsar"] }),
      asked({ unknownWords: ["kremlin", "kremlin"] }),
      asked({ unknownWords: ["tsar"], guildId: OTHER_GUILD }),
    ]);
    const report = await store.report({ guildId: GUILD, since: 0 });
    expect(report.unknownWords).toEqual([
      { word: "kremlin", count: 3 },
      { word: "tsar", count: 1 },
    ]);
    const everywhere = await store.report({ since: 0 });
    expect(everywhere.unknownWords).toEqual([
      { word: "kremlin", count: 3 },
      { word: "tsar", count: 2 },
    ]);
    await store.close();
  });

  it("shows a server only its own questions, and only those of the period asked for", async () => {
    const store = await fresh();
    await store.addQuestions([
      asked({ question: "Ours, recent" }),
      asked({ question: "Ours, old", askedAt: NOW - 40 * DAY }),
      asked({ question: "Theirs", guildId: OTHER_GUILD }),
      asked({ question: "In a DM", guildId: null }),
    ]);
    const recent = await store.report({ guildId: GUILD, since: NOW - 7 * DAY });
    expect(recent.questions.map((entry) => entry.question)).toEqual(["Ours, recent"]);
    const theirs = await store.report({ guildId: OTHER_GUILD, since: 0 });
    expect(theirs.questions.map((entry) => entry.question)).toEqual(["Theirs"]);
    await store.close();
  });

  it("keeps one vote per member per answer: a second press changes it", async () => {
    const store = await fresh();
    const question = asked();
    await store.addQuestions([question]);
    const vote = (voterId: string, helpful: boolean) =>
      store.vote({ questionId: question.id, voterId, helpful, votedAt: NOW });
    expect(await vote(ALICE, true)).toBe("recorded");
    expect(await vote(ALICE, true)).toBe("unchanged");
    expect(await vote(ALICE, false)).toBe("changed");
    expect(await vote(BOB, false)).toBe("recorded");
    const [entry] = (await store.report({ guildId: GUILD, since: 0 })).questions;
    expect(entry).toMatchObject({ asked: 1, helpful: 0, notHelpful: 2 });
    expect(await store.vote({ questionId: "1", voterId: BOB, helpful: true, votedAt: NOW })).toBe(
      "no-such-question",
    );
    await store.close();
  });

  it("keeps a question once, however often its record is written", async () => {
    const store = await fresh();
    const question = asked({ unknownWords: ["tsar"] });
    await store.addQuestions([question]);
    await store.addQuestions([question, question]);
    const report = await store.report({ guildId: GUILD, since: 0 });
    expect(report.questions[0]?.asked).toBe(1);
    expect(report.unknownWords).toEqual([{ word: "tsar", count: 1 }]);
    await store.close();
  });

  it("erases what a member asked and how they voted, and nothing of anyone else's", async () => {
    const store = await fresh();
    const hers = asked({ question: "Hers", unknownWords: ["tsar"] });
    const his = asked({ question: "His", askerId: BOB });
    await store.addQuestions([hers, his]);
    await store.vote({ questionId: his.id, voterId: ALICE, helpful: true, votedAt: NOW });
    await store.vote({ questionId: hers.id, voterId: BOB, helpful: true, votedAt: NOW });
    expect(await store.forget(ALICE)).toEqual({ questions: 1, votes: 1 });
    const report = await store.report({ guildId: GUILD, since: 0 });
    expect(report).toEqual({
      questions: [{ question: "His", asked: 1, outcome: "answered", helpful: 0, notHelpful: 0 }],
      unknownWords: [],
    });
    expect(await store.forget(ALICE)).toEqual({ questions: 0, votes: 0 });
    await store.close();
  });

  it("prunes questions past the retention period, then each server's oldest beyond its cap", async () => {
    const store = await fresh();
    const old = asked({ question: "Old", askedAt: NOW - 100 * DAY });
    await store.addQuestions([
      old,
      ...[1, 2, 3, 4].map((n) => asked({ question: `Ours ${n}`, askedAt: NOW + n })),
      asked({ question: "Theirs", guildId: OTHER_GUILD }),
    ]);
    await store.vote({ questionId: old.id, voterId: BOB, helpful: true, votedAt: NOW });
    expect(await store.prune(NOW - 90 * DAY, 3)).toEqual({ expired: 1, overCap: 1 });
    const ours = await store.report({ guildId: GUILD, since: 0 });
    expect(ours.questions.map((entry) => entry.question).sort()).toEqual([
      "Ours 2",
      "Ours 3",
      "Ours 4",
    ]);
    expect((await store.report({ guildId: OTHER_GUILD, since: 0 })).questions).toHaveLength(1);
    // The pruned question's vote went with it: no vote is left pointing nowhere.
    expect(await store.forget(BOB)).toEqual({ questions: 0, votes: 0 });
    await store.close();
  });
});

describe("a store that cannot be used", () => {
  it("says so in one line when the file is not a database", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "qa-store-"));
    writeFileSync(join(dataDir, STORE_FILE), "this is not a database, only some text ".repeat(200));
    const error = await openStore({ dataDir }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreError);
    const message = (error as Error).message;
    expect(message.split("\n")).toHaveLength(1);
    expect(message).toContain(join(dataDir, STORE_FILE));
    expect(message).toMatch(/not a database/);
  });

  it.skipIf(process.getuid?.() === 0)(
    "says so in one line when the folder is read-only",
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), "qa-store-"));
      chmodSync(dataDir, 0o500);
      const error = await openStore({ dataDir }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as Error).message.split("\n")).toHaveLength(1);
    },
  );

  it("says so in one line when the data folder is a file", async () => {
    const parent = mkdtempSync(join(tmpdir(), "qa-store-"));
    const dataDir = join(parent, "data");
    writeFileSync(dataDir, "a file where the folder should be");
    const error = await openStore({ dataDir }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(/DATA_DIR/);
  });

  it("refuses a store written by a newer version rather than misread it", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "qa-store-"));
    await (await openStore({ dataDir })).close();
    const database = new SqliteDatabase(join(dataDir, STORE_FILE));
    await database.query("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)", [
      SCHEMA_VERSION + 1,
      NOW,
    ]);
    await database.close();
    const error = await openStore({ dataDir }).catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(/newer than this version/);
  });

  it("names neither the database URL nor its password when PostgreSQL refuses", async () => {
    const databaseUrl = "postgres://bot:s3cret-pass@127.0.0.1:1/questions";
    const error = await openStore({ dataDir: "unused", databaseUrl }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(StoreError);
    const message = (error as Error).message;
    expect(message).not.toContain("s3cret-pass");
    expect(message).not.toContain(databaseUrl);
    expect(message).toContain("DATABASE_URL");
  });
});
