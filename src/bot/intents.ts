import type { GatewayIntentBits as IntentBits } from "discord.js";
import { GatewayCloseCodes, GatewayIntentBits } from "discord.js";

/**
 * The gateway intents the bot asks for. Without ask channels, unprivileged
 * ones only: messages that mention the bot, and DMs, carry their text
 * without Message Content. Ask channels read every message, which needs
 * the privileged Message Content intent.
 */
export function intentsFor(options: { askChannels: boolean }): IntentBits[] {
  const intents = [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMessages,
    GatewayIntentBits.DirectMessages,
  ];
  return options.askChannels ? [...intents, GatewayIntentBits.MessageContent] : intents;
}

/** The one line telling an admin what to switch on when Discord refuses Message Content. */
export const MESSAGE_CONTENT_REFUSED =
  "Discord refused the Message Content intent that ASK_CHANNEL_IDS needs: switch on Developer Portal → your application → Bot → Privileged Gateway Intents → Message Content Intent, then restart; until then the bot answers slash commands, mentions and DMs, and not the ask channels";

/**
 * Whether a failed login means Discord refused a privileged intent (gateway
 * close 4014): @discordjs/ws rejects with this message, and `closeCode` is
 * what the shard's disconnect event said.
 */
export function isDisallowedIntents(error: unknown, closeCode: number | undefined): boolean {
  return (
    closeCode === GatewayCloseCodes.DisallowedIntents ||
    (error instanceof Error && error.message === "Used disallowed intents")
  );
}
