import type { Interaction } from "discord.js";
import { DiscordAPIError, MessageFlags } from "discord.js";
import { messageMenuCommands, slashCommands } from "../commands/index.ts";
import type { BotContext } from "../context.ts";
import { textReply } from "../replies/reply-payload.ts";
import { handleAnswerButton, isAnswerButton } from "./answer-buttons.ts";

/** Short description of an interaction for the log. */
function describe(interaction: Interaction): { kind: string; name: string } {
  if (interaction.isAutocomplete()) return { kind: "autocomplete", name: interaction.commandName };
  if (interaction.isCommand()) return { kind: "command", name: interaction.commandName };
  if (interaction.isButton())
    return { kind: "button", name: interaction.customId.split(":").slice(0, 2).join(":") };
  return { kind: `type-${interaction.type}`, name: "" };
}

async function dispatch(interaction: Interaction, context: BotContext): Promise<string> {
  if (interaction.isChatInputCommand()) {
    const command = slashCommands.get(interaction.commandName);
    if (!command) return "unknown";
    await command.execute(interaction, context);
    return "ok";
  }
  if (interaction.isAutocomplete()) {
    const command = slashCommands.get(interaction.commandName);
    if (!command?.autocomplete) {
      await interaction.respond([]);
      return "unknown";
    }
    await command.autocomplete(interaction, context);
    return "ok";
  }
  if (interaction.isMessageContextMenuCommand()) {
    const command = messageMenuCommands.get(interaction.commandName);
    if (!command) return "unknown";
    await command.execute(interaction, context);
    return "ok";
  }
  if (interaction.isButton() && isAnswerButton(interaction.customId)) {
    await handleAnswerButton(interaction, context);
    return "ok";
  }
  return "ignored";
}

/**
 * Routes an interaction to its handler, logs one line for it, and turns any
 * error into a short private apology, so no handler can bring the bot down.
 */
export async function handleInteraction(
  interaction: Interaction,
  context: BotContext,
): Promise<void> {
  const started = performance.now();
  const { kind, name } = describe(interaction);
  let outcome: string;
  try {
    outcome = await dispatch(interaction, context);
    if (outcome === "unknown" && interaction.isRepliable() && !interaction.replied) {
      await interaction.reply({
        ...textReply("I don't know that command any more; it may have been removed."),
        flags: MessageFlags.Ephemeral,
      });
    }
  } catch (error) {
    outcome = "error";
    context.logger.error("interaction_failed", { kind, name, user: interaction.user.id, error });
    await apologise(interaction, context, error);
  }
  const latencyMs = Math.round((performance.now() - started) * 100) / 100;
  context.logger.info("interaction", { kind, name, user: interaction.user.id, latencyMs, outcome });
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
