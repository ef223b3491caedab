import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from "discord.js";
import type { AnswerEngine } from "../core/index.ts";
import type { Quotation } from "../core/speech/quotations.ts";
import type { Logger } from "../runtime/logger.ts";
import { contentFingerprint } from "./buttons/content-fingerprint.ts";
import type { DocumentInfo } from "./catalog.ts";
import { buildCatalog } from "./catalog.ts";
import type { RateLimiter } from "./rate-limit.ts";
import type { QuestionRecorder } from "./recorder.ts";

/** Everything a handler needs, built once at start-up. */
export interface BotContext {
  engine: AnswerEngine;
  quotations: readonly Quotation[];
  catalog: ReadonlyMap<string, DocumentInfo>;
  /** Fingerprint of the indexed content, carried by answer buttons. */
  contentFingerprint: string;
  /** Every request that makes the bot speak counts here. */
  rateLimit: RateLimiter;
  /** Autocomplete counts here instead: a looser budget, as it fires while typing. */
  autocompleteRateLimit: RateLimiter;
  logger: Logger;
  version: string;
  /** Keeps questions and votes; without one, nothing is kept and answers carry no feedback buttons. */
  recorder?: QuestionRecorder;
}

/** What a context takes besides the engine. */
export type ContextParts = Pick<
  BotContext,
  "rateLimit" | "autocompleteRateLimit" | "logger" | "version" | "recorder"
>;

/** The context of a bot answering from `engine`, with what follows from the engine worked out once. */
export function botContext(engine: AnswerEngine, parts: ContextParts): BotContext {
  return {
    engine,
    quotations: engine.quotations,
    catalog: buildCatalog(engine),
    contentFingerprint: contentFingerprint(engine.passages),
    ...parts,
  };
}

/** A slash command: its definition for Discord, and its handlers. */
export interface SlashCommand {
  data: RESTPostAPIApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}

/** A message context-menu command ("Apps → …" on a message). */
export interface MessageMenuCommand {
  data: RESTPostAPIApplicationCommandsJSONBody;
  execute(interaction: MessageContextMenuCommandInteraction, context: BotContext): Promise<void>;
}
