import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  MessageFlags,
} from "discord.js";
import { searchQuotations } from "../../core/speech/quotations.ts";
import type { SlashCommand } from "../context.ts";
import { toChoices } from "../replies/choices.ts";
import { attribution, buildQuoteReply } from "../replies/quote-reply.ts";

/** `/quote [search:] [speaker:] [hide:] [mention:]` — the article's direct quotations and who said them. */
export const quoteCommand: SlashCommand = {
  data: {
    name: "quote",
    description: "Search the article's direct quotations and who said them",
    type: ApplicationCommandType.ChatInput,
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      {
        name: "search",
        description: "Words in the quotation",
        type: ApplicationCommandOptionType.String,
        autocomplete: true,
        max_length: 200,
      },
      {
        name: "speaker",
        description: "Who said it",
        type: ApplicationCommandOptionType.String,
        autocomplete: true,
        max_length: 200,
      },
      {
        name: "hide",
        description: "Only you see the reply",
        type: ApplicationCommandOptionType.Boolean,
      },
      {
        name: "mention",
        description: "Point the reply at this member",
        type: ApplicationCommandOptionType.User,
      },
    ],
  },

  async execute(interaction, context) {
    const search = interaction.options.getString("search") ?? "";
    const speaker = interaction.options.getString("speaker") ?? "";
    const found = searchQuotations(context.quotations, search, speaker);
    const reply = buildQuoteReply(found, context.catalog, {
      search,
      speaker,
      mention: interaction.options.getUser("mention")?.id,
    });
    const hide = interaction.options.getBoolean("hide") ?? false;
    await interaction.reply({ ...reply, flags: hide ? MessageFlags.Ephemeral : undefined });
  },

  /** Suggests speakers, or quotations, that contain what has been typed so far. */
  async autocomplete(interaction, context) {
    const focused = interaction.options.getFocused(true);
    const typed = String(focused.value);
    if (focused.name === "speaker") {
      const speakers = searchQuotations(context.quotations, "", typed).map(attribution);
      await interaction.respond(toChoices(speakers));
      return;
    }
    const speaker = interaction.options.getString("speaker") ?? "";
    await interaction.respond(
      toChoices(
        searchQuotations(context.quotations, typed, speaker).map((quotation) => quotation.text),
      ),
    );
  },
};
