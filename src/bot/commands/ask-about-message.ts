import { ApplicationCommandType, InteractionContextType, MessageFlags } from "discord.js";
import { askedInOf, replyToQuestion } from "../answering.ts";
import type { MessageMenuCommand } from "../context.ts";
import { textReply } from "../replies/reply-payload.ts";

/** Message menu "Ask the article": the chosen message's text is the question; only the user sees the answer. */
export const askAboutMessageCommand: MessageMenuCommand = {
  data: {
    name: "Ask the article",
    type: ApplicationCommandType.Message,
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  },

  async execute(interaction, context) {
    const question = interaction.targetMessage.content ?? "";
    if (question.trim() === "") {
      await interaction.reply({
        ...textReply("That message has no text to ask about."),
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    const { payload } = replyToQuestion(context, {
      question,
      askerId: interaction.user.id,
      ephemeral: true,
      askedIn: askedInOf(interaction),
    });
    await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
  },
};
