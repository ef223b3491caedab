import { describe, expect, it } from "vitest";
import { createEngine } from "../../../src/core/index.ts";
import { findQuotations } from "../../../src/core/speech/quotations.ts";
import {
  asksWhatWasSaid,
  isSpeechVerb,
  speakersByPassage,
} from "../../../src/core/speech/speakers.ts";
import { article, contentFolder } from "../../helpers.ts";
import { corpusOf, passageWith } from "../corpus.ts";

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

describe("verbs of speech", () => {
  it.each([
    "say",
    "says",
    "said",
    "saying",
    "claim",
    "claims",
    "claimed",
    "call",
    "calls",
    "called",
    "tell",
    "tells",
    "told",
    "argue",
    "argues",
    "argued",
    "state",
    "stated",
    "warn",
    "warned",
    "quote",
    "quoted",
    "allude",
    "alluded",
    "describe",
    "described",
    "talk",
    "talks",
    "talking",
    "talked",
    "mention",
    "mentioned",
    "think",
    "thinks",
    "thought",
    "SAID",
  ])("%j is a verb of speech", (verb) => {
    expect(isSpeechVerb(verb)).toBe(true);
    expect(asksWhatWasSaid(`what did Anna ${verb} then`)).toBe(true);
  });

  it("are whole words only", () => {
    expect(isSpeechVerb("essay")).toBe(false);
    expect(isSpeechVerb("sayings")).toBe(false);
    expect(isSpeechVerb("recall")).toBe(false);
    expect(asksWhatWasSaid("read the essay recall")).toBe(false);
  });

  it('include "put it" in a question, though "put" alone is no verb of speech', () => {
    expect(asksWhatWasSaid("how did Anna put it")).toBe(true);
    expect(asksWhatWasSaid("where did Anna put the keys")).toBe(false);
    expect(isSpeechVerb("put")).toBe(false);
  });
});

describe("speakers quoted by each passage", () => {
  const corpus = corpusOf({
    "talk.md": [
      "Anna Petrova said “the budget is balanced at last” on Monday.",
      "The harbour froze over.",
      "Boris said “the harvest will be late this year” to reporters.",
      "It was “closed for the long winter season” then.",
    ].join("\n\n"),
    "echo.md": "Nobody repeated it.",
  });
  const speakers = () => speakersByPassage(findQuotations(corpus.documents), corpus.passages);

  it("are the terms of the named speaker, for the passage holding the quotation", () => {
    expect(speakers().get(passageWith(corpus, "budget is balanced").id)).toEqual(
      new Set(["anna", "petrova"]),
    );
    expect(speakers().get(passageWith(corpus, "harvest will be late").id)).toEqual(
      new Set(["bori"]),
    );
  });

  it("are none for a passage quoting no one", () => {
    expect(speakers().has(passageWith(corpus, "harbour froze").id)).toBe(false);
    expect(speakers().has(passageWith(corpus, "Nobody repeated").id)).toBe(false);
  });

  it("are none for a passage whose quotation names no speaker", () => {
    expect(speakers().has(passageWith(corpus, "closed for the long winter").id)).toBe(false);
  });

  it("are none in documents without named speakers", () => {
    const silent = corpusOf({ "plain.md": "The harbour froze over." });
    expect(speakersByPassage(findQuotations(silent.documents), silent.passages).size).toBe(0);
  });

  it("belong only to passages of the quoting document, even where another holds the same words", () => {
    const twin = corpusOf({
      "a.md": "Anna said “the budget is balanced at last” on Monday.",
      "b.md": "Critics wrote that the budget is balanced at last, again.",
    });
    const map = speakersByPassage(findQuotations(twin.documents), twin.passages);
    expect(map.has(passageWith(twin, "Critics wrote").id)).toBe(false);
    expect(map.get(passageWith(twin, "Anna said").id)).toEqual(new Set(["anna"]));
  });

  it("gather every speaker a passage quotes", () => {
    const pair = corpusOf({
      "a.md":
        "Anna said “the budget is balanced at last” on Monday. Boris said “the harvest will be late this year” after.",
    });
    const map = speakersByPassage(findQuotations(pair.documents), pair.passages);
    expect(map.get(passageWith(pair, "Anna said").id)).toEqual(new Set(["anna", "bori"]));
  });
});
