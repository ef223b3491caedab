import { describe, expect, it } from "vitest";
import { REMOVED_FURNITURE } from "../../src/core/content/clean-web-text.ts";
import { readDoc, section } from "./markdown.ts";

describe("docs/import.md", () => {
  const importing = section(readDoc("docs/import.md"), "Importing an article");

  it("lists exactly what the clean-up removes", () => {
    const listed = [...importing.matchAll(/^- (.+)$/gm)].map((match) => match[1]);
    expect(listed).toEqual([...REMOVED_FURNITURE]);
  });
});
