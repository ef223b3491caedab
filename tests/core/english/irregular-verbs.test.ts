import { describe, expect, it } from "vitest";
import { irregularVerbForms } from "../../../src/core/english/irregular-verbs.ts";

describe("forms of an irregular verb", () => {
  it("lead from the base form to its past forms", () => {
    expect(irregularVerbForms("send")).toEqual(["sent"]);
    expect(irregularVerbForms("fly")).toEqual(expect.arrayContaining(["flew", "flown"]));
  });

  it("lead from a past form to the base and the other past form", () => {
    expect(irregularVerbForms("flew")).toEqual(expect.arrayContaining(["fly", "flown"]));
    expect(irregularVerbForms("Fled")).toEqual(["flee"]);
  });

  it("are read through a regular ending of the base: -ing, -s, -es, -ies", () => {
    expect(irregularVerbForms("sending")).toEqual(expect.arrayContaining(["send", "sent"]));
    expect(irregularVerbForms("making")).toContain("made");
    expect(irregularVerbForms("flies")).toContain("flew");
    expect(irregularVerbForms("sends")).toContain("sent");
    expect(irregularVerbForms("goes")).toEqual(expect.arrayContaining(["go", "went", "gone"]));
  });

  it("are none for a regular verb with a regular ending", () => {
    expect(irregularVerbForms("invades")).toEqual([]);
    expect(irregularVerbForms("invading")).toEqual([]);
  });

  it("are none for a regular verb or no verb at all", () => {
    expect(irregularVerbForms("invade")).toEqual([]);
    expect(irregularVerbForms("harbour")).toEqual([]);
    expect(irregularVerbForms("s")).toEqual([]);
  });
});
