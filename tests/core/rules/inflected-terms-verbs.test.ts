import { describe, expect, it } from "vitest";
import { irregularVerbForms } from "../../../src/core/english/irregular-verbs.ts";
import { inflectedTerms } from "../../../src/core/query/inflected-terms.ts";
import { readQuery } from "../../../src/core/query/read-query.ts";
import { rankPassages } from "../../../src/core/ranking/rank-passages.ts";
import type { Corpus } from "./corpus.ts";
import { corpusOf, passageWith, TEST_CREDITS } from "./corpus.ts";

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

describe("other forms of a question's irregular verb, as index terms", () => {
  // Built per test: a memo shared across tests would hide a broken rule from mutation testing.
  const fresh = () =>
    corpusOf({
      "signals.md":
        "The move sent a clear signal to the West.\n\nThe harbour was calm.\n\nThe birds flew south.",
    });
  const termIn = (corpus: Corpus, term: string) => ({ term, id: corpus.index.termId(term) });
  /** The same term as a question's stand-in: of the inflected kind, at the credit given for it. */
  const standInIn = (corpus: Corpus, term: string) => ({
    ...termIn(corpus, term),
    kind: "inflected",
    credit: TEST_CREDITS.inflected,
  });

  it("are the other forms of the verb that the documents use", () => {
    const corpus = fresh();
    expect(inflectedTerms(corpus.index, "sending")).toEqual([termIn(corpus, "sent")]);
    expect(inflectedTerms(corpus.index, "fly")).toEqual([termIn(corpus, "flew")]);
  });

  it("let 'what message was it sending' find 'sent a clear signal'", () => {
    const corpus = fresh();
    const query = readQuery(corpus.index, corpus.vocabulary, "what signal was it sending", {
      credits: TEST_CREDITS,
    });
    expect(query.terms.find((term) => term.word === "sending")?.variants).toContainEqual(
      standInIn(corpus, "sent"),
    );
    const [best] = rankPassages(corpus.index, corpus.passages, query);
    expect(best?.passage).toBe(passageWith(corpus, "sent a clear signal"));
  });

  it("leave out forms the documents do not use", () => {
    const corpus = fresh();
    expect(inflectedTerms(corpus.index, "flown")).toEqual([termIn(corpus, "flew")]);
  });

  it("are not looked up for a word the documents write as asked", () => {
    const withBoth = corpusOf({ "signals.md": "They send word.\n\nThey sent a signal." });
    const query = readQuery(withBoth.index, withBoth.vocabulary, "what did they send");
    expect(query.terms.find((term) => term.word === "send")?.variants).toEqual([]);
  });
});
