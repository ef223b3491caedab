import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from "discord.js";
import type { AnswerEngine } from "../core/index.ts";
import type { Quotation } from "../core/quotations.ts";
import type { AnswerSessions } from "./answer-sessions.ts";
import type { DocumentInfo } from "./catalog.ts";
import type { Cooldown } from "./cooldown.ts";
import type { Logger } from "./logger.ts";

/** Everything a handler needs, built once at start-up. */
export interface BotContext {
  engine: AnswerEngine;
  quotations: readonly Quotation[];
  catalog: ReadonlyMap<string, DocumentInfo>;
  sessions: AnswerSessions;
  cooldown: Cooldown;
  logger: Logger;
  version: string;
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
