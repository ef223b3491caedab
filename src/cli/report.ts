/**
 * `npm run --silent report -- [--guild ID] [--days N] [--json]`: what members
 * asked, from the store the bot keeps (DATA_DIR or DATABASE_URL, as in .env).
 */
import "../runtime/closed-pipe.ts";
import "../runtime/load-env.ts";
import { DEFAULT_REPORT_DAYS, MAX_REPORT_DAYS } from "../bot/commands/report.ts";
import { readStoreConfig, StoreConfigError } from "../bot/store-config.ts";
import { fail } from "../runtime/fail.ts";
import { openStore, StoreError } from "../store/open-store.ts";
import { reportSections } from "../store/report-sections.ts";
import { type CommandSpec, parseCommandLine } from "./command-line.ts";
import { formatReport } from "./report-format.ts";

/** Entries per list in the terminal: more than Discord shows, still one screen. */
const ENTRIES = 20;
/** A day in milliseconds: reports and retention count in days. */
const DAY_MS = 24 * 60 * 60 * 1000;

const REPORT: CommandSpec = {
  script: "report",
  summary:
    "Shows what members asked the bot: the most asked questions, the declined ones, those voted Not helpful, and the words members use that the documents lack.",
  operands: "",
  flags: {
    guild: {
      type: "string",
      value: "ID",
      description: "one server's questions only (default: every server and DM)",
    },
    days: {
      type: "string",
      value: "N",
      description: `the last N days, 1 to ${MAX_REPORT_DAYS} (default ${DEFAULT_REPORT_DAYS})`,
    },
    json: {
      type: "boolean",
      description: "print one JSON object: every distinct question, and every unknown word",
    },
  },
  details: [
    {
      heading: "where it reads:",
      items: [
        "DATABASE_URL when set (PostgreSQL), else DATA_DIR/questions.sqlite (default data/), as the bot does",
      ],
    },
  ],
  examples: [
    "npm run --silent report",
    "npm run --silent report -- --guild 123456789012345678 --days 7",
    "npm run --silent report -- --json | jq '.unknownWords[:10]'",
  ],
};

const commandLine = parseCommandLine(REPORT);
if (commandLine.positionals.length > 0)
  fail(`unexpected ${commandLine.positionals[0]}; see npm run --silent report -- --help`);
const daysText = commandLine.text("days");
const days = daysText === undefined ? DEFAULT_REPORT_DAYS : Number(daysText);
if (!Number.isInteger(days) || days < 1 || days > MAX_REPORT_DAYS)
  fail(`--days must be a whole number from 1 to ${MAX_REPORT_DAYS}`);
const guildId = commandLine.text("guild");
if (guildId !== undefined && !/^\d{17,20}$/.test(guildId))
  fail("--guild must be a server id (17–20 digits): right-click the server → Copy Server ID");

let config: ReturnType<typeof readStoreConfig>;
try {
  config = readStoreConfig();
} catch (error) {
  if (error instanceof StoreConfigError) fail(error.message);
  throw error;
}
let store: Awaited<ReturnType<typeof openStore>>;
try {
  store = await openStore(config.location);
} catch (error) {
  if (error instanceof StoreError) fail(error.message);
  throw error;
}
const since = Date.now() - days * DAY_MS;
const report = await store.report({ guildId, since });
await store.close();
if (commandLine.isSet("json")) {
  const scope = { guild: guildId ?? null, days, since: new Date(since).toISOString() };
  console.log(JSON.stringify({ ...scope, ...report }, null, 2));
} else {
  console.log(formatReport(reportSections(report, ENTRIES), { days, guildId }));
}
