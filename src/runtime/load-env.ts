/**
 * Loads `.env` (or the file DOTENV_CONFIG_PATH names) into the environment,
 * without overriding what is already set, quietly: the bot's own log lines
 * are the only output.
 */
import { config } from "dotenv";

config({ quiet: true, path: process.env.DOTENV_CONFIG_PATH || undefined });
