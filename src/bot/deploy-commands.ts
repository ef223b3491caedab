/**
 * `npm run deploy-commands`: registers every command, in DISCORD_GUILD_ID
 * (instant, for testing) or globally when it is unset.
 */
import "../runtime/load-env.ts";
import { REST, Routes } from "discord.js";
import { fail } from "../runtime/fail.ts";
import { ConfigError } from "../runtime/settings.ts";
import { commandDefinitions } from "./commands/index.ts";
import { readConfig, TOKEN_REJECTED } from "./config.ts";

let config: ReturnType<typeof readConfig>;
try {
  config = readConfig(process.env, { clientId: true });
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}
const clientId = config.clientId as string;
const rest = new REST(config.apiBaseUrl ? { api: config.apiBaseUrl } : {}).setToken(config.token);
const route = config.guildId
  ? Routes.applicationGuildCommands(clientId, config.guildId)
  : Routes.applicationCommands(clientId);
const where = config.guildId
  ? `in server ${config.guildId}`
  : "globally (may take up to an hour to appear)";

try {
  const registered = (await rest.put(route, { body: commandDefinitions() })) as {
    name: string;
    type: number;
  }[];
  const kinds: Record<number, string> = { 1: "/", 2: "user menu: ", 3: "message menu: " };
  console.log(`Registered ${registered.length} commands ${where}:`);
  for (const command of registered) console.log(`  ${kinds[command.type] ?? ""}${command.name}`);
} catch (error) {
  const status = (error as { status?: number }).status;
  if (status === 401) fail(TOKEN_REJECTED);
  if (status === 403 || status === 404) {
    fail(
      `Discord refused to register commands (${status}): check DISCORD_CLIENT_ID, and that the bot was invited to DISCORD_GUILD_ID with the applications.commands scope`,
    );
  }
  fail(
    `Could not register commands: ${error instanceof Error ? error.message.replaceAll(config.token, "[redacted]") : error}`,
  );
}
