/**
 * `npm run render-reply`: pictures the bot's real reply to an `/ask` as
 * Discord shows it. The reply payload comes from the bot's own code
 * (ask-reply-payload.ts), is laid out as Discord's dark theme (reply-page.ts)
 * and photographed by headless Chromium into docs/ask-reply.png.
 * Needs Chromium: `apt-get install chromium` (or set CHROMIUM to its path).
 */
import { execFileSync } from "node:child_process";
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { fail } from "../src/runtime/fail.ts";
import { askReplyPayload } from "./ask-reply-payload.ts";
import { PAGE_WIDTH, replyPage } from "./reply-page.ts";

const QUESTION = "Why is Tehran a useful ally for Moscow?";
const CONTENT_DIR = "content";
const OUTPUT = "docs/ask-reply.png";
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
/** Pixels per CSS pixel, for a sharp picture on high-density screens. */
const SCALE = 2;

/**
 * Headless, no sandbox (run as root in containers), and none of Chromium's
 * background connections, which a closed network refuses one by one.
 */
function chromiumFlags(profile: string): string[] {
  return [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    `--user-data-dir=${profile}`,
  ];
}

/** What to do when Chromium is missing, in one line. */
const INSTALL_CHROMIUM = `npm run render-reply needs Chromium, not found at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM to its path`;

try {
  accessSync(CHROMIUM, constants.X_OK);
} catch {
  fail(INSTALL_CHROMIUM);
}

const workDir = mkdtempSync(join(tmpdir(), "qa-render-"));
let problem: string | undefined;
try {
  const page = join(workDir, "reply.html");
  const payload = askReplyPayload(QUESTION, CONTENT_DIR);
  writeFileSync(
    page,
    replyPage(payload, {
      botName: "Article Q&A",
      userName: "Reader",
      command: "/ask",
      time: "Today at 14:05",
    }),
  );
  const url = pathToFileURL(page).href;
  // First pass: the page writes its own height into its title once laid out.
  const dom = execFileSync(
    CHROMIUM,
    [
      ...chromiumFlags(join(workDir, "profile-1")),
      `--window-size=${PAGE_WIDTH},2000`,
      "--dump-dom",
      url,
    ],
    { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
  );
  const height = Number(/<title>(\d+)<\/title>/.exec(dom)?.[1]);
  if (!Number.isFinite(height) || height <= 0)
    throw new Error("the page did not report its height");
  execFileSync(
    CHROMIUM,
    [
      ...chromiumFlags(join(workDir, "profile-2")),
      `--window-size=${PAGE_WIDTH},${height}`,
      `--force-device-scale-factor=${SCALE}`,
      `--screenshot=${resolve(OUTPUT)}`,
      url,
    ],
    { stdio: "ignore" },
  );
  console.log(`wrote ${OUTPUT}: the reply to /ask question:${QUESTION}`);
} catch (error) {
  const { code, message } = error as NodeJS.ErrnoException;
  problem =
    code === "ENOENT" || code === "EACCES"
      ? INSTALL_CHROMIUM
      : `Chromium (${CHROMIUM}) could not draw the picture: ${String(message).split("\n")[0]}`;
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
if (problem !== undefined) fail(problem);
