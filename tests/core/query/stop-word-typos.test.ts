import { describe, expect, it } from "vitest";
import { createEngine } from "../../../src/core/index.ts";
import { stopWordMisspeltAs } from "../../../src/core/query/stop-word-typos.ts";
import { contentFolder } from "../../helpers.ts";

describe("a misspelt stop or question word", () => {
  it.each([
    ["wheer", "where"],
    ["Wheer", "where"],
    ["whree", "where"],
    ["wherre", "where"],
    ["whre", "were"],
    ["waht", "what"],
    ["tehy", "they"],
    ["whcih", "which"],
    ["abuot", "about"],
    ["becuase", "because"],
    ["abot", "about"],
    ["aboutt", "about"],
  ])("%j is read as %j", (typo, meant) => {
    expect(stopWordMisspeltAs(typo)).toBe(meant);
  });

  it("is never a stop word itself, nor a word under 4 letters", () => {
    expect(stopWordMisspeltAs("where")).toBeUndefined();
    expect(stopWordMisspeltAs("About")).toBeUndefined();
    expect(stopWordMisspeltAs("hwo")).toBeUndefined();
    expect(stopWordMisspeltAs("wer")).toBeUndefined();
  });

  it('is read as a stop word of 4 letters or more: "thex" is "them", not "the"', () => {
    expect(stopWordMisspeltAs("thex")).toBe("them");
  });

  it("is no word two edits from every stop word", () => {
    expect(stopWordMisspeltAs("harbour")).toBeUndefined();
    expect(stopWordMisspeltAs("whrrr")).toBeUndefined();
  });
});

describe("misspelt question words", () => {
  it("are set right, so the kind of answer asked for is still read", () => {
    const dir = contentFolder({
      "flight.md": "Ethelred fled to Normandy in 1013.\n\nEthelred had fled before, to no avail.",
    });
    const engine = createEngine(dir, undefined);
    expect(engine.answer("wheer did ethelred flee").passages[0]?.text).toBe(
      engine.answer("where did ethelred flee").passages[0]?.text as string,
    );
  });
});
