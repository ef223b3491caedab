import { describe, expect, it } from "vitest";
import { runCli } from "./run-command.ts";

/** The table row of `set` in `npm run eval`'s output, as cells. */
function rowOf(stdout: string, set: string): string[] {
  const line = stdout.split("\n").find((candidate) => candidate.startsWith(`| ${set} `));
  if (!line) throw new Error(`no row for ${set} in:\n${stdout}`);
  return line
    .split("|")
    .slice(1, -1)
    .map((cell) => cell.trim());
}

describe("npm run eval", () => {
  it("prints one row per set, scoring the bot", async () => {
    const { stdout, code } = await runCli("eval", [
      "eval/article-dev.json",
      "eval/casual-dev.json",
    ]);
    expect(code).toBe(0);
    const [name, answerable, , , , , outOfScope] = rowOf(stdout, "casual-dev");
    expect([name, answerable]).toEqual(["casual-dev", "54"]);
    // The bot declines questions the article does not answer.
    expect(Number(outOfScope?.split("/")[0])).toBeGreaterThan(0);
    expect(rowOf(stdout, "article-dev")[1]).toBe("25");
  });

  it("with --baseline, scores plain MiniSearch over whole paragraphs, which never declines", async () => {
    const { stdout, code } = await runCli("eval", ["eval/casual-dev.json", "--baseline"]);
    expect(code).toBe(0);
    const [, , hit1, hit3, , wronglyDeclined, outOfScope] = rowOf(
      stdout,
      "casual-dev (plain MiniSearch, paragraphs)",
    );
    // The yardstick's own figures, as docs/quality.md quotes them.
    expect([hit1, hit3, wronglyDeclined, outOfScope]).toEqual(["0.593", "0.796", "0/54", "0/16"]);
  });
});
