import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  MessageFlags,
} from "discord.js";
import { MAX_QUESTION_CHARS } from "../../core/index.ts";
import { askedInOf, replyToQuestion } from "../answering.ts";
import type { SlashCommand } from "../context.ts";
import { toChoices } from "../replies/choices.ts";
import { LIMITS } from "../replies/discord-limits.ts";

/**
 * Passages whose sentences `/ask`'s autocomplete offers after what was
 * typed: a short list to pick from, well under Discord's 25 choices, and
 * quick to find for each key typed.
 */
const AUTOCOMPLETE_PASSAGES = 10;

/** `/ask question: [hide:] [mention:]` — answers a question by quoting the article. */
export const askCommand: SlashCommand = {
  data: {
    name: "ask",
    description: "Ask a question about the article; the answer quotes it",
    type: ApplicationCommandType.ChatInput,
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      {
        name: "question",
        description: "Your question, e.g. why does Russia back Assad?",
        type: ApplicationCommandOptionType.String,
        required: true,
        autocomplete: true,
        max_length: Math.min(LIMITS.stringOption, MAX_QUESTION_CHARS),
      },
      {
        name: "hide",
        description: "Only you see the answer",
        type: ApplicationCommandOptionType.Boolean,
      },
      {
        name: "mention",
        description: "Point the answer at this member",
        type: ApplicationCommandOptionType.User,
      },
    ],
  },

  async execute(interaction, context) {
    const hide = interaction.options.getBoolean("hide") ?? false;
    const { payload } = replyToQuestion(context, {
      question: interaction.options.getString("question", true),
      askerId: interaction.user.id,
      ephemeral: hide,
      mention: interaction.options.getUser("mention")?.id,
      askedIn: askedInOf(interaction),
    });
    await interaction.reply({ ...payload, flags: hide ? MessageFlags.Ephemeral : undefined });
  },

  /** Keeps what the user typed as the first choice, then sentences of the passages it finds. */
  async autocomplete(interaction, context) {
    const typed = interaction.options.getFocused();
    if (typed.trim() === "") {
      await interaction.respond([]);
      return;
    }
    const answer = context.engine.answer(typed, { limit: AUTOCOMPLETE_PASSAGES });
    const sentences = [...answer.passages, ...answer.suggestions].map((passage) =>
      passage.text.slice(passage.highlight.start, passage.highlight.end),
    );
    await interaction.respond(toChoices([typed, ...sentences]));
  },
};
