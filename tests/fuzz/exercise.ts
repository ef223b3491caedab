import { replyToQuestion } from "../../src/bot/answering.ts";
import type { BotContext } from "../../src/bot/context.ts";
import { botContext } from "../../src/bot/context.ts";
import { RateLimiter } from "../../src/bot/rate-limit.ts";
import { toChoices } from "../../src/bot/replies/choices.ts";
import { buildContextReply } from "../../src/bot/replies/context-reply.ts";
import { buildQuoteReply } from "../../src/bot/replies/quote-reply.ts";
import type { AnswerEngine } from "../../src/core/index.ts";
import { searchQuotations } from "../../src/core/speech/quotations.ts";
import { createLogger } from "../../src/runtime/logger.ts";
import { choiceViolations, replyViolations } from "./reply-violations.ts";

const MENTIONED = "200000000000000002";

/** What the replies need, without Discord. */
export function replyContext(engine: AnswerEngine): BotContext {
  return botContext(engine, {
    rateLimit: new RateLimiter(1, 1),
    autocompleteRateLimit: new RateLimiter(1, 1),
    logger: createLogger("error", [], () => {}),
    version: "0.0.0",
  });
}

/** Tallies of one query, or of many added up. */
export interface FuzzTally {
  queries: number;
  exceptions: number;
  overLimits: number;
  pings: number;
  strayMarkdown: number;
  examples: string[];
}

export function emptyTally(): FuzzTally {
  return { queries: 0, exceptions: 0, overLimits: 0, pings: 0, strayMarkdown: 0, examples: [] };
}

function count(tally: FuzzTally, query: string, problems: string[]): void {
  for (const problem of problems) {
    if (/ping|allowed_mentions|mentions everyone/.test(problem)) tally.pings += 1;
    else if (/renders|bold markers/.test(problem)) tally.strayMarkdown += 1;
    else tally.overLimits += 1;
    if (tally.examples.length < 5)
      tally.examples.push(`${problem} — for ${JSON.stringify(query.slice(0, 80))}`);
  }
}

/**
 * Pushes `query` through answer() and every reply builder — /ask (first page,
 * "More", "Context", mention), /quote (as search and as speaker), autocomplete —
 * and adds what went wrong to `tally`.
 */
export function exercise(context: BotContext, query: string, tally: FuzzTally): void {
  tally.queries += 1;
  try {
    const answer = context.engine.answer(query);
    if (answer.noAnswer && answer.passages.length > 0)
      count(tally, query, ["declined answer quotes passages"]);
    const ask = (offset: number, mention?: string) => {
      const { payload } = replyToQuestion(context, {
        question: query,
        askerId: "200000000000000001",
        ephemeral: false,
        offset,
        mention,
      });
      count(tally, query, replyViolations(payload, mention ? [mention] : []));
    };
    ask(0);
    ask(3);
    ask(0, MENTIONED);
    for (const passage of answer.passages.slice(0, 1)) {
      const full = context.engine.passageOf(passage.id, passage.throughId);
      if (full)
        count(
          tally,
          query,
          replyViolations(
            buildContextReply(full, context.engine.neighbours(full), context.catalog),
          ),
        );
    }
    const bySearch = searchQuotations(context.quotations, query, "");
    count(
      tally,
      query,
      replyViolations(
        buildQuoteReply(bySearch, context.catalog, { search: query, mention: MENTIONED }),
        [MENTIONED],
      ),
    );
    const bySpeaker = searchQuotations(context.quotations, "", query);
    count(
      tally,
      query,
      replyViolations(buildQuoteReply(bySpeaker, context.catalog, { speaker: query })),
    );
    const sentences = [...answer.passages, ...answer.suggestions].map((p) =>
      p.text.slice(p.highlight.start, p.highlight.end),
    );
    count(tally, query, choiceViolations(toChoices([query, ...sentences])));
    count(tally, query, choiceViolations(toChoices(bySearch.map((quotation) => quotation.text))));
  } catch (error) {
    tally.exceptions += 1;
    if (tally.examples.length < 5)
      tally.examples.push(
        `exception ${error instanceof Error ? error.stack : error} — for ${JSON.stringify(query.slice(0, 80))}`,
      );
  }
}
