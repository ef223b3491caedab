import type { ButtonInteraction } from "discord.js";
import { MessageFlags } from "discord.js";
import { PASSAGES_PER_PAGE, replyToQuestion } from "../answering.ts";
import type { BotContext } from "../context.ts";
import { BUTTON_PREFIX } from "../replies/answer-reply.ts";
import { buildContextReply } from "../replies/context-reply.ts";
import { textReply } from "../replies/reply-payload.ts";

/** Whether a button belongs to an answer. */
export function isAnswerButton(customId: string): boolean {
  return customId.startsWith(`${BUTTON_PREFIX}:`);
}

/**
 * "More": the asker's answer pages on in place; anyone else gets the next
 * page to themselves. "Context": the passages around the first one shown,
 * to whoever asked for it. Buttons stop working after 15 minutes.
 */
export async function handleAnswerButton(
  interaction: ButtonInteraction,
  context: BotContext,
): Promise<void> {
  const [, action, sessionId = ""] = interaction.customId.split(":");
  const session = context.sessions.get(sessionId);
  const privately = { flags: MessageFlags.Ephemeral } as const;
  if (!session) {
    await interaction.reply({
      ...textReply("These buttons have expired (they work for 15 minutes). Ask again with `/ask`."),
      ...privately,
    });
    return;
  }
  const isAsker = interaction.user.id === session.askerId;

  if (action === "context") {
    const shown = session.passages[0];
    const passage = shown && context.engine.passageOf(shown.id, shown.throughId);
    if (!passage) {
      await interaction.reply({
        ...textReply("There is no passage to show in context."),
        ...privately,
      });
      return;
    }
    await interaction.reply({
      ...buildContextReply(passage, context.engine.neighbours(passage), context.catalog),
      ...privately,
    });
    return;
  }

  if (action === "more") {
    if (session.ephemeral && !isAsker) {
      await interaction.reply({
        ...textReply("Only the person who asked can page this answer."),
        ...privately,
      });
      return;
    }
    const { payload, passageCount } = replyToQuestion(context, {
      question: session.question,
      askerId: interaction.user.id,
      ephemeral: session.ephemeral || !isAsker,
      offset: session.offset + PASSAGES_PER_PAGE,
    });
    if (passageCount === 0) {
      await interaction.reply({
        ...textReply("No more passages for this question."),
        ...privately,
      });
      return;
    }
    if (isAsker) await interaction.update({ ...payload, content: payload.content ?? null });
    else await interaction.reply({ ...payload, ...privately });
    return;
  }

  await interaction.reply({ ...textReply("This button is not recognised."), ...privately });
}
