import type { ButtonInteraction, Interaction, RepliableInteraction } from "discord.js";
import { DiscordAPIError, MessageFlags } from "discord.js";
import type { ButtonResponse } from "../buttons/answer-buttons.ts";
import { isAnswerButton, respondToButton } from "../buttons/answer-buttons.ts";
import { respondToVote } from "../buttons/feedback-buttons.ts";
import { isFeedbackId, questionIdAmong } from "../buttons/feedback-id.ts";
import { messageMenuCommands, slashCommands } from "../commands/index.ts";
import type { BotContext } from "../context.ts";
import { slowDownNotice } from "../replies/notices.ts";
import { textReply } from "../replies/reply-payload.ts";

/** What every interaction the bot has no handler for gets (Discord shows a failure otherwise). */
export const NOT_RECOGNISED =
  "I don't recognise this; it may come from an older version of the bot. Try `/ask`.";

/** Short description of an interaction for the log. */
function describe(interaction: Interaction): { kind: string; name: string } {
  if (interaction.isAutocomplete()) return { kind: "autocomplete", name: interaction.commandName };
  if (interaction.isCommand()) return { kind: "command", name: interaction.commandName };
  if (interaction.isButton())
    return { kind: "button", name: interaction.customId.split(":").slice(0, 2).join(":") };
  if (interaction.isMessageComponent()) return { kind: "component", name: "" };
  if (interaction.isModalSubmit()) return { kind: "modal", name: "" };
  return { kind: `type-${(interaction as Interaction).type}`, name: "" };
}

/** Replies privately with `text`. */
async function replyPrivately(interaction: RepliableInteraction, text: string): Promise<void> {
  await interaction.reply({ ...textReply(text), flags: MessageFlags.Ephemeral });
}

async function dispatch(interaction: Interaction, context: BotContext): Promise<string> {
  if (interaction.isAutocomplete()) {
    const command = slashCommands.get(interaction.commandName);
    if (!command?.autocomplete) {
      await interaction.respond([]);
      return "unknown";
    }
    await command.autocomplete(interaction, context);
    return "ok";
  }
  if (interaction.isChatInputCommand()) {
    const command = slashCommands.get(interaction.commandName);
    if (!command) {
      await replyPrivately(interaction, NOT_RECOGNISED);
      return "unknown";
    }
    await command.execute(interaction, context);
    return "ok";
  }
  if (interaction.isMessageContextMenuCommand()) {
    const command = messageMenuCommands.get(interaction.commandName);
    if (!command) {
      await replyPrivately(interaction, NOT_RECOGNISED);
      return "unknown";
    }
    await command.execute(interaction, context);
    return "ok";
  }
  if (interaction.isButton() && isAnswerButton(interaction.customId)) {
    await answerButton(interaction, context);
    return "ok";
  }
  if (interaction.isButton() && isFeedbackId(interaction.customId)) {
    const payload = await respondToVote(
      { customId: interaction.customId, userId: interaction.user.id },
      context,
    );
    await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
    return "ok";
  }
  // Unknown buttons, select menus, modals, user menus: answered, so no one sees "interaction failed".
  if (interaction.isRepliable()) await replyPrivately(interaction, NOT_RECOGNISED);
  return "unknown";
}

/** Sends what {@link respondToButton} decided, the only discord.js-specific part of a click. */
async function answerButton(interaction: ButtonInteraction, context: BotContext): Promise<void> {
  const response: ButtonResponse = respondToButton(
    {
      customId: interaction.customId,
      userId: interaction.user.id,
      message: {
        title: interaction.message.embeds[0]?.title ?? undefined,
        ephemeral: interaction.message.flags.has(MessageFlags.Ephemeral),
        questionId: questionIdAmong(customIdsOf(interaction)),
      },
    },
    context,
  );
  const { payload } = response;
  if (response.kind === "update")
    await interaction.update({ ...payload, content: payload.content ?? null });
  else await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
}

/** The custom ids of the buttons on the message a button sits on. */
function customIdsOf(interaction: ButtonInteraction): string[] {
  return interaction.message.components.flatMap((row) => {
    const json = row.toJSON() as { components?: { custom_id?: string }[] };
    return (json.components ?? []).flatMap((component) =>
      component.custom_id ? [component.custom_id] : [],
    );
  });
}

/**
 * Counts the interaction against the user's rate limit (autocomplete against
 * its own, looser one). Returns null when it may be served; else answers it
 * as quietly as Discord allows and returns the outcome for the log:
 * autocomplete gets no choices; a button, one "slow down" notice per window,
 * then a silent acknowledgement; a command, a private notice every time
 * (Discord requires a reply, and only the user sees it).
 */
async function holdBack(interaction: Interaction, context: BotContext): Promise<string | null> {
  const limiter = interaction.isAutocomplete() ? context.autocompleteRateLimit : context.rateLimit;
  const decision = limiter.take(interaction.user.id);
  if (decision.allowed) return null;
  if (interaction.isAutocomplete()) {
    await interaction.respond([]);
    return "rate-limited";
  }
  if (!interaction.isRepliable()) return "rate-limited";
  if (interaction.isMessageComponent() && !decision.notify) {
    await interaction.deferUpdate();
    return "rate-limited-silently";
  }
  await interaction.reply({
    ...slowDownNotice(decision.waitSeconds),
    flags: MessageFlags.Ephemeral,
  });
  return "rate-limited";
}

/**
 * Routes an interaction to its handler, logs one line for it, and turns any
 * error into a short private apology, so no handler can bring the bot down.
 * Resolves with whether the interaction was answered.
 */
export async function handleInteraction(
  interaction: Interaction,
  context: BotContext,
): Promise<boolean> {
  const started = performance.now();
  const { kind, name } = describe(interaction);
  let outcome: string;
  try {
    outcome = (await holdBack(interaction, context)) ?? (await dispatch(interaction, context));
  } catch (error) {
    outcome = "error";
    context.logger.error("interaction_failed", { kind, name, user: interaction.user.id, error });
    await apologise(interaction, context, error);
  }
  const latencyMs = Math.round((performance.now() - started) * 100) / 100;
  context.logger.info("interaction", { kind, name, user: interaction.user.id, latencyMs, outcome });
  return wasAnswered(interaction);
}

/** Whether Discord accepted an answer to `interaction` (discord.js marks it once the request succeeded). */
export function wasAnswered(interaction: Interaction): boolean {
  if (interaction.isAutocomplete()) return interaction.responded;
  if (!interaction.isRepliable()) return false;
  return interaction.replied || interaction.deferred;
}

/**
 * Discord errors after which no reply can reach the user: the interaction
 * expired (10062, the 3 s window was missed) or was already answered (40060).
 */
const UNANSWERABLE = new Set([10062, 40060]);

async function apologise(
  interaction: Interaction,
  context: BotContext,
  cause: unknown,
): Promise<void> {
  if (!interaction.isRepliable()) return;
  if (cause instanceof DiscordAPIError && UNANSWERABLE.has(Number(cause.code))) return;
  const sorry = {
    ...textReply("Sorry, something went wrong while answering. Please try again."),
    flags: MessageFlags.Ephemeral,
  } as const;
  try {
    if (interaction.replied || interaction.deferred) await interaction.followUp(sorry);
    else await interaction.reply(sorry);
  } catch (error) {
    // The interaction may have expired (3 s window) or Discord may be unreachable; the log has it.
    context.logger.warn("apology_failed", { error });
  }
}
