import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  MessageFlags,
} from "discord.js";
import type { SlashCommand } from "../context.ts";
import { buildAboutReply } from "../replies/about-reply.ts";

/** `/about [hide:]` — what the bot answers from, how much it has indexed, its version. */
export const aboutCommand: SlashCommand = {
  data: {
    name: "about",
    description: "What this bot answers from: title, author, source, and what is indexed",
    type: ApplicationCommandType.ChatInput,
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      {
        name: "hide",
        description: "Only you see the reply",
        type: ApplicationCommandOptionType.Boolean,
      },
    ],
  },

  async execute(interaction, context) {
    const reply = buildAboutReply({
      documents: [...context.catalog.values()],
      passageCount: context.engine.passages.length,
      quotationCount: context.quotations.length,
      version: context.version,
    });
    const hide = interaction.options.getBoolean("hide") ?? false;
    await interaction.reply({ ...reply, flags: hide ? MessageFlags.Ephemeral : undefined });
  },
};
