import type { MessageMenuCommand, SlashCommand } from "../context.ts";
import { aboutCommand } from "./about.ts";
import { askCommand } from "./ask.ts";
import { askAboutMessageCommand } from "./ask-about-message.ts";
import { forgetMeCommand } from "./forget-me.ts";
import { quoteCommand } from "./quote.ts";
import { reportCommand } from "./report.ts";

/** Slash commands by name. */
export const slashCommands: ReadonlyMap<string, SlashCommand> = new Map(
  [askCommand, quoteCommand, aboutCommand, reportCommand, forgetMeCommand].map((command) => [
    command.data.name,
    command,
  ]),
);

/** Message context-menu commands by name. */
export const messageMenuCommands: ReadonlyMap<string, MessageMenuCommand> = new Map(
  [askAboutMessageCommand].map((command) => [command.data.name, command]),
);

/** Every command definition, as registered with Discord. */
export function commandDefinitions() {
  return [...slashCommands.values(), ...messageMenuCommands.values()].map(
    (command) => command.data,
  );
}
