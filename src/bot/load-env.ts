/**
 * Loads `.env` into the environment (without overriding what is already set),
 * quietly: the bot's own log lines are the only output.
 */
import { config } from "dotenv";

config({ quiet: true });
