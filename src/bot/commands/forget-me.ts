import { ApplicationCommandType, InteractionContextType, MessageFlags } from "discord.js";
import type { SlashCommand } from "../context.ts";
import { textReply } from "../replies/reply-payload.ts";

export const NOTHING_KEPT =
  "The bot keeps nothing about anyone at the moment, so there is nothing to erase.";

/** `/forget-me` — erases every question the member asked and every vote they cast, in every server. */
export const forgetMeCommand: SlashCommand = {
  data: {
    name: "forget-me",
    description: "Erase the questions you asked this bot and your votes on its answers",
    type: ApplicationCommandType.ChatInput,
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  },

  async execute(interaction, context) {
    const { recorder } = context;
    if (!recorder) {
      await interaction.reply({ ...textReply(NOTHING_KEPT), flags: MessageFlags.Ephemeral });
      return;
    }
    // Questions still waiting to be written are written first, so they are erased too.
    await recorder.flush();
    const erased = await recorder.store.forget(interaction.user.id);
    const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;
    await interaction.reply({
      ...textReply(
        `Done: erased ${plural(erased.questions, "question")} you asked and ${plural(erased.votes, "vote")} you cast, in every server. Questions you ask from now on are kept as before.`,
      ),
      flags: MessageFlags.Ephemeral,
    });
  },
};
