import { describe, expect, it } from "vitest";
import { isLabelLine } from "../../../src/core/content/line-shapes.ts";

describe("isLabelLine: a line made only of interface labels", () => {
  it("takes one label, or labels split by pipes, dots, bullets, tabs or wide spaces", () => {
    for (const line of [
      "Menu",
      "Home | About us | Contact",
      "Home|Contact|Help",
      "Tweet · Share · Email · Print",
      "Share • Print",
      "Print\tShare",
      "Print\t\tShare",
      "Share   Email",
      "Back to top",
      "LOG IN",
    ])
      expect(isLabelLine(line), line).toBe(true);
  });

  it("strips icons, arrows and quotes around a label, however many", () => {
    for (const line of ["☰ Menu", "Search 🔍", "Next →", "⬅️ Previous", "Next ➡️", "“Share”"])
      expect(isLabelLine(line), line).toBe(true);
  });

  it("refuses a line with one word that is no label, on either side of a separator", () => {
    for (const line of [
      "Home | Our findings",
      "Research|Home",
      "Home|Research",
      "Share  Email",
      "Our research",
      "Back to the top of the hill",
    ])
      expect(isLabelLine(line), line).toBe(false);
  });

  it("refuses a line with no label at all", () => {
    expect(isLabelLine("")).toBe(false);
    expect(isLabelLine(" | ")).toBe(false);
    expect(isLabelLine("☰")).toBe(false);
  });

  it("takes a label line of up to 120 characters, and no longer", () => {
    const at = (length: number) => `Menu |${" ".repeat(length - 14)}| Search`;
    expect(at(120)).toHaveLength(120);
    expect(isLabelLine(at(120))).toBe(true);
    expect(isLabelLine(at(121))).toBe(false);
  });
});
