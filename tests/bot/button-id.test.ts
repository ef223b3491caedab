import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnswerButton } from "../../src/bot/buttons/button-id.ts";
import {
  decodeButtonId,
  encodeButtonId,
  MAX_BUTTON_OFFSET,
  normalizeQuestion,
  questionCheck,
} from "../../src/bot/buttons/button-id.ts";
import { buildAnswerReply, questionFromTitle } from "../../src/bot/replies/answer-reply.ts";
import { escapeForDiscord } from "../../src/bot/replies/escape.ts";

const DISCORD_CUSTOM_ID_LIMIT = 100;
const LARGEST_SNOWFLAKE = "18446744073709551615";

const more: AnswerButton = {
  action: "more",
  content: "AbCd-_12",
  askerId: "200000000000000001",
  ephemeral: false,
  offset: 3,
  questionCheck: questionCheck("Why does Russia back Assad?"),
};
const context: AnswerButton = {
  action: "context",
  content: "AbCd-_12",
  askerId: "200000000000000001",
  ephemeral: true,
  passageId: 41,
  throughId: 43,
};

describe("answer button ids", () => {
  it("round-trip every field", () => {
    expect(decodeButtonId(encodeButtonId(more))).toEqual(more);
    expect(decodeButtonId(encodeButtonId(context))).toEqual(context);
  });

  it("stay within Discord's 100 characters at their largest", () => {
    const largest = [
      { ...more, askerId: LARGEST_SNOWFLAKE, offset: MAX_BUTTON_OFFSET },
      { ...context, askerId: LARGEST_SNOWFLAKE, passageId: 10_000_000, throughId: 10_000_040 },
    ];
    for (const button of largest) {
      const id = encodeButtonId(button as AnswerButton);
      expect(id.length).toBeLessThanOrEqual(DISCORD_CUSTOM_ID_LIMIT);
      expect(decodeButtonId(id)).toEqual(button);
    }
  });

  it("refuse ids that are not well formed or ask for unbounded work", () => {
    const valid = encodeButtonId(context);
    for (const bad of [
      "",
      "answer:more:3Fx9",
      valid.replace("qa1:", "qa2:"),
      `${valid}:extra`,
      valid.replace(":e:", ":x:"),
      // A span of passages far larger than any quote joins.
      encodeButtonId({ ...context, passageId: 0, throughId: 1 }).replace(/:1$/, ":zzzz"),
      // A "through" before the passage itself.
      encodeButtonId({ ...context, passageId: 5, throughId: 5 }).replace(/:5$/, ":4"),
      // An asker that is no Discord id.
      valid.replace(/^(qa1:c:[^:]+:)[^:]+/, "$1z"),
      // An offset past any page.
      encodeButtonId({ ...more, offset: 0 }).replace(/:0:/, ":zzzzz:"),
    ])
      expect(decodeButtonId(bad), bad).toBeUndefined();
  });

  it("read the question back from the answer's title, whatever it holds", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: "grapheme" }), (question) => {
        const reply = buildAnswerReply({
          answer: { question, noAnswer: true, passages: [], suggestions: [], reason: "No." },
          catalog: new Map(),
        });
        const title = reply.embeds[0]?.title ?? "";
        const readBack = questionFromTitle(title);
        if (normalizeQuestion(question) === "") return;
        // A question too long for the title comes back cut: the next test covers it.
        if (escapeForDiscord(normalizeQuestion(question)).length > 256) return;
        expect(readBack).toBe(normalizeQuestion(question));
        expect(questionCheck(readBack)).toBe(questionCheck(question));
      }),
      { numRuns: 500 },
    );
  });

  it("tell a long question cut in the title from the whole", () => {
    const question = `Why ${"does Russia back Assad and ".repeat(20)}?`;
    const reply = buildAnswerReply({
      answer: { question, noAnswer: true, passages: [], suggestions: [], reason: "No." },
      catalog: new Map(),
    });
    expect(questionCheck(questionFromTitle(reply.embeds[0]?.title ?? ""))).not.toBe(
      questionCheck(question),
    );
  });
});
