import { existsSync, readFileSync } from "node:fs";
import type { APIButtonComponent } from "discord.js";
import { describe, expect, it } from "vitest";
import { askReplyPayload } from "../../scripts/ask-reply-payload.ts";
import { inlineToHtml, markdownToHtml } from "../../scripts/discord-markdown.ts";
import { replyPage } from "../../scripts/reply-page.ts";
import { createEngine } from "../../src/core/index.ts";
import { run } from "./run-command.ts";

const QUESTION = "Why is Tehran a useful ally for Moscow?";
const SCENE = {
  botName: "Article Q&A",
  userName: "Reader",
  command: "/ask",
  time: "Today at 14:05",
};

/** The text of an HTML fragment, tags removed and entities read. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

describe("the picture of an /ask reply", () => {
  const payload = askReplyPayload(QUESTION, "content");
  const page = replyPage(payload, SCENE);

  it("is drawn from the bot's real payload: its title, footer and every button", () => {
    const [embed] = payload.embeds;
    expect(embed?.title).toBe(QUESTION);
    expect(page).toContain(`<div class="embed-title">${QUESTION}</div>`);
    expect(page).toContain(embed?.footer?.text);
    const buttons = payload.components.flatMap((row) => row.components) as APIButtonComponent[];
    const labels = buttons.map((button) => ("label" in button ? button.label : undefined));
    expect(labels).toEqual(["More", "Context", "Source"]);
    for (const button of buttons) {
      const label = "label" in button ? button.label : "";
      const state = button.disabled ? " disabled" : "";
      expect(page).toContain(`<span class="button${state}">${label}`);
    }
  });

  it("shows in bold exactly the sentences the answer highlights", () => {
    const answer = createEngine("content").answer(QUESTION, { limit: 3 });
    const highlighted = answer.passages.map((passage) =>
      passage.text.slice(passage.highlight.start, passage.highlight.end).trim(),
    );
    const bold = [...page.matchAll(/<strong>(.*?)<\/strong>/g)].map((match) =>
      textOf(match[1] ?? ""),
    );
    expect(bold.filter((text) => !/^\d+\.$/.test(text))).toEqual(highlighted);
  });

  it("is the picture the README shows", () => {
    expect(existsSync("docs/ask-reply.png")).toBe(true);
    expect(readFileSync("README.md", "utf8")).toContain("](docs/ask-reply.png)");
  });
});

describe("Discord Markdown in the picture", () => {
  it("reads escapes as the characters they protect", () => {
    expect(inlineToHtml("2 \\* 3 \\_x\\_ \\[a\\]")).toBe("2 * 3 _x_ [a]");
  });

  it("renders bold, italics, code and links, and escapes HTML", () => {
    expect(inlineToHtml("**a** *b* `c` [source](<https://x.org/a>) <b>")).toBe(
      '<strong>a</strong> <em>b</em> <code>c</code> <a href="https://x.org/a">source</a> &lt;b&gt;',
    );
  });

  it("joins consecutive quoted lines into one block quote", () => {
    expect(markdownToHtml("**1.**\n> one\n> two\n— cite")).toBe(
      "<div><strong>1.</strong></div>\n<blockquote>one<br>two</blockquote>\n<div>— cite</div>",
    );
  });
});

describe("npm run render-reply", () => {
  it("without Chromium says to install it, in one line, exit code 1", async () => {
    const { stdout, stderr, code } = await run("npm", ["run", "--silent", "render-reply"], "", {
      CHROMIUM: "/nonexistent/chromium",
    });
    expect([code, stdout]).toEqual([1, ""]);
    expect(stderr).toBe(
      "npm run render-reply needs Chromium, not found at /nonexistent/chromium: install it (apt-get install chromium) or set CHROMIUM to its path\n",
    );
  }, 60_000);
});
