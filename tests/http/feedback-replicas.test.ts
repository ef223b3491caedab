/**
 * Two HTTP replicas sharing one store: an answer given by one is rated
 * through the other, as Discord sends each interaction to whichever replica
 * it reaches. Runs on SQLite (one file, two connections) and PostgreSQL.
 */
import { afterAll, describe, expect, it } from "vitest";
import { readConfig } from "../../src/bot/config.ts";
import { createBot } from "../../src/bot/create-bot.ts";
import { InteractionBridge } from "../../src/http/interaction-bridge.ts";
import { createLogger } from "../../src/runtime/logger.ts";
import { openStore } from "../../src/store/open-store.ts";
import { botMessage, buttonClick, chatInput, OPTION, user } from "../fake-discord/payloads.ts";
import { ARTICLE_DIR, article } from "../helpers.ts";
import { backends } from "../store/backends.ts";

interface Answered {
  kind: "answered";
  response: {
    type: number;
    data: { content?: string; components?: unknown[]; embeds?: unknown[] };
  };
}

describe.each(backends())("feedback across HTTP replicas sharing a store on $name", (backend) => {
  afterAll(() => backend.cleanUp());

  it("an answer from one replica is rated through the other, and the vote is kept once", async () => {
    const location = await backend.freshLocation();
    const replicas = await Promise.all(
      [0, 1].map(async () => {
        const bridge = new InteractionBridge();
        const bot = createBot({
          config: readConfig({ CONTENT_DIR: ARTICLE_DIR }, { token: false }),
          engine: article(),
          logger: createLogger("error", [], () => undefined),
          store: await openStore(location),
          clientOptions: { rest: { makeRequest: bridge.makeRequest } },
        });
        bridge.attach(bot.client);
        return { bridge, bot };
      }),
    );
    const [first, second] = replicas as [(typeof replicas)[0], (typeof replicas)[0]];
    try {
      const reader = user("240000000000000011", "reader");
      const asked = (await first.bridge.answer(
        chatInput(
          "ask",
          [
            {
              name: "question",
              type: OPTION.string,
              value: "Why is Tehran a useful ally for Moscow?",
            },
          ],
          reader,
        ),
      )) as Answered;
      const message = botMessage(asked.response.data as never);
      const buttons = (
        asked.response.data.components as { components: { label: string; custom_id?: string }[] }[]
      ).flatMap((row) => row.components);
      const helpful = buttons.find((button) => button.label === "Helpful")?.custom_id as string;
      const vote = (await second.bridge.answer(buttonClick(helpful, message, reader))) as Answered;
      expect(vote.response.data.content).toMatch(/rated this answer \*\*helpful\*\*/);
      const again = (await first.bridge.answer(buttonClick(helpful, message, reader))) as Answered;
      expect(again.response.data.content).toMatch(/already rated/);
    } finally {
      for (const { bot } of replicas) await bot.stop(10);
    }
    const store = await openStore(location);
    const report = await store.report({ since: 0 });
    await store.close();
    expect(report.questions).toEqual([
      {
        question: "Why is Tehran a useful ally for Moscow?",
        asked: 1,
        outcome: "answered",
        helpful: 1,
        notHelpful: 0,
      },
    ]);
  });
});
