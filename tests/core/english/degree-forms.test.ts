import { describe, expect, it } from "vitest";
import { baseFormsOf, gradedForms } from "../../../src/core/english/degree-forms.ts";

describe("comparative and superlative of a regular adjective", () => {
  it.each([
    ["busy", "busier", "busiest"],
    ["large", "larger", "largest"],
    ["big", "bigger", "biggest"],
    ["hot", "hotter", "hottest"],
    ["thin", "thinner", "thinnest"],
    ["solid", "solider", "solidest"],
    ["slow", "slower", "slowest"],
    ["new", "newer", "newest"],
    ["grey", "greyer", "greyest"],
    ["cheap", "cheaper", "cheapest"],
    ["cool", "cooler", "coolest"],
    ["neat", "neater", "neatest"],
    ["dynamic", "dynamicer", "dynamicest"],
  ])("%s → %s, %s", (base, comparative, superlative) => {
    expect(gradedForms(base)).toEqual([comparative, superlative]);
  });
});

describe("base forms a comparative or superlative may come from", () => {
  it("undo -iest and -ier to -y, beside the plain readings", () => {
    expect(baseFormsOf("busiest")).toEqual(["busy", "busi", "busie"]);
    expect(baseFormsOf("busier")).toEqual(["busy", "busi", "busie"]);
  });

  it("undo a doubled consonant and a dropped e", () => {
    expect(baseFormsOf("biggest")).toEqual(["bigg", "bigge", "big"]);
    expect(baseFormsOf("largest")).toEqual(["larg", "large"]);
  });

  it("are none for a word without the endings, or too short to have a base", () => {
    expect(baseFormsOf("airport")).toEqual([]);
    expect(baseFormsOf("er")).toEqual([]);
    expect(baseFormsOf("best")).toEqual([]);
    expect(baseFormsOf("ooest")).toEqual(["ooe"]);
  });
});
