/**
 * Settings of the HTTP interactions endpoint: the application's public key,
 * where to listen, and the bot's own settings (content, rate limits, logs),
 * read by the same code as for the gateway bot. No bot token is needed:
 * answers go back in the HTTP responses.
 */
import type { KeyObject } from "node:crypto";
import type { BotConfig } from "../bot/config.ts";
import { readConfig } from "../bot/config.ts";
import { ConfigError } from "../runtime/settings.ts";
import { isPublicKeyHex, publicKeyFromHex } from "./signature.ts";

/** Port when PORT is unset. */
export const DEFAULT_PORT = 8080;
/** Address when HOST is unset: this machine only, behind a reverse proxy or load balancer on it. */
export const DEFAULT_HOST = "127.0.0.1";

export interface HttpConfig {
  bot: BotConfig;
  publicKey: KeyObject;
  port: number;
  host: string;
}

const WHERE_THE_KEY_IS =
  "copy the Public Key from the Developer Portal (your application → General Information) into .env";

/** Reads and checks the endpoint's settings; a problem is one ConfigError saying what to set. */
export function readHttpConfig(env: NodeJS.ProcessEnv = process.env): HttpConfig {
  const keyText = env.DISCORD_PUBLIC_KEY?.trim() ?? "";
  if (keyText === "") throw new ConfigError(`DISCORD_PUBLIC_KEY is not set: ${WHERE_THE_KEY_IS}`);
  if (!isPublicKeyHex(keyText))
    throw new ConfigError(
      `DISCORD_PUBLIC_KEY must be 64 hex characters (this has ${keyText.length} characters${/^[0-9a-fA-F]*$/.test(keyText) ? "" : ", not all of them hex digits"}): ${WHERE_THE_KEY_IS}`,
    );
  const portText = env.PORT?.trim() || String(DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65_535)
    throw new ConfigError(
      `PORT must be a port number from 0 to 65535 (got "${portText}"); 0 picks a free one`,
    );
  return {
    bot: readConfig(env, { token: false }),
    publicKey: publicKeyFromHex(keyText),
    port,
    host: env.HOST?.trim() || DEFAULT_HOST,
  };
}
