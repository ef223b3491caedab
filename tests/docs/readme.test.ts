import { describe, expect, it } from "vitest";
import {
  askLinesOf,
  expectAskWorksAsPrinted,
  PROCESS_TIMEOUT_MS,
  readDoc,
  section,
} from "./markdown.ts";

const README = readDoc("README.md");

describe("the README", () => {
  it("says first that the bundled text is the free preview, and how to answer from the full text", () => {
    const firstScreen = README.slice(0, README.indexOf("\n## "));
    expect(firstScreen).toContain("Project MUSE's free preview");
    expect(firstScreen).toContain("pp. 84–86 of the article's pp. 84–88");
    expect(firstScreen).toContain("`content/`");
    expect(firstScreen).toMatch(/restart/);
  });

  it("lists every setting of .env.example in its settings table", () => {
    const settings = readDoc(".env.example")
      .split("\n")
      .map((line) => /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
      .filter((name) => name !== undefined);
    const table = section(README, "Settings");
    const listed = [...table.matchAll(/^\| ([^|]+) \|/gm)].flatMap((row) =>
      [...(row[1] ?? "").matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((name) => name[1]),
    );
    expect(settings.length).toBeGreaterThan(0);
    for (const name of settings) expect(listed, name).toContain(name);
  });
});

describe("the README's first command", { timeout: PROCESS_TIMEOUT_MS }, () => {
  const askLines = askLinesOf(section(README, "Try it"));

  it("is there", () => {
    expect(askLines).toHaveLength(1);
  });

  it.each(askLines)("%s — works as printed", expectAskWorksAsPrinted);
});
