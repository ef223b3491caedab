import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/core/index.ts";
import { asksWhatWasSaid } from "../../src/core/speech/speakers.ts";
import { article, contentFolder } from "../helpers.ts";

describe("what did X say", () => {
  it("recognises questions about what someone said", () => {
    expect(asksWhatWasSaid("wat did lavrov say")).toBe(true);
    expect(asksWhatWasSaid("What did Khamenei claim?")).toBe(true);
    expect(asksWhatWasSaid("Where did the jets take off?")).toBe(false);
  });

  it("ranks the speaker's own quotation before a sentence that uses the word 'say'", () => {
    const answer = article().answer("wat did lavrov say");
    expect(answer.passages[0]?.text).toContain("Lavrov has alluded to");
  });

  it("ranks a passage quoting the speaker above one that only names them more often", () => {
    const dir = contentFolder({
      "visit.md": [
        "Anna visited the plant. Anna toured it.",
        "On Monday, in a long speech to the assembled reporters, Anna said “the budget is balanced at last” and left.",
      ].join("\n\n"),
    });
    expect(createEngine(dir, undefined).answer("what did anna say").passages[0]?.text).toContain(
      "budget is balanced",
    );
  });

  it("only for the speaker the question names", () => {
    const dir = contentFolder({
      "talk.md": [
        "Officials, they say, met twice. Anna spoke at length.",
        "Boris said “the harvest will be late this year” to reporters.",
        "Anna said “the budget is balanced at last” on Monday.",
      ].join("\n\n"),
    });
    const engine = createEngine(dir, undefined);
    expect(engine.answer("what did anna say").passages[0]?.text).toContain("budget is balanced");
    expect(engine.answer("what did boris say").passages[0]?.text).toContain("harvest");
  });
});
