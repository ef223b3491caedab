import type { ClientOptions } from "discord.js";
import { Client, Events, GatewayIntentBits, Options, Partials } from "discord.js";
import type { AnswerEngine } from "../core/index.ts";
import { findQuotations } from "../core/quotations.ts";
import { AnswerSessions } from "./answer-sessions.ts";
import { buildCatalog } from "./catalog.ts";
import type { BotConfig } from "./config.ts";
import type { BotContext } from "./context.ts";
import { Cooldown } from "./cooldown.ts";
import { handleInteraction } from "./handlers/interactions.ts";
import { handleMention, isQuestionForBot } from "./handlers/mentions.ts";
import type { Logger } from "./logger.ts";
import { VERSION } from "./version.ts";

export interface BotParts {
  config: BotConfig;
  engine: AnswerEngine;
  logger: Logger;
  /** Extra client options (tests replace the identify throttle, for one). */
  clientOptions?: Partial<ClientOptions>;
}

/**
 * The discord.js client, wired to the handlers. Only unprivileged intents:
 * messages that mention the bot, and DMs, carry their text without the
 * Message Content intent. Nothing is sent that could ping anyone unless a
 * reply says so.
 */
export function createBot({ config, engine, logger, clientOptions = {} }: BotParts): {
  client: Client;
  context: BotContext;
} {
  const context: BotContext = {
    engine,
    quotations: findQuotations(engine.documents),
    catalog: buildCatalog(engine),
    sessions: new AnswerSessions(),
    cooldown: new Cooldown(config.cooldown.maxQuestions, config.cooldown.windowSeconds),
    logger,
    version: VERSION,
  };
  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
    ],
    // DM channels are not cached before their first message; without this, DMs are dropped.
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    // The bot reads nothing back from Discord's caches, so it keeps them small:
    // memory stays flat however many people ask.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      ReactionManager: 0,
      PresenceManager: 0,
      GuildMemberManager: {
        maxSize: 100,
        keepOverLimit: (member) => member.id === member.client.user.id,
      },
      UserManager: { maxSize: 100, keepOverLimit: (user) => user.id === user.client.user.id },
    }),
    ...clientOptions,
    rest: { ...(config.apiBaseUrl ? { api: config.apiBaseUrl } : {}), ...clientOptions.rest },
  });

  client.on(Events.InteractionCreate, (interaction) => {
    void handleInteraction(interaction, context);
  });
  client.on(Events.MessageCreate, async (message) => {
    if (!client.isReady() || !isQuestionForBot(message, client)) return;
    const started = performance.now();
    let outcome: string;
    try {
      outcome = await handleMention(message, context);
    } catch (error) {
      outcome = "error";
      logger.error("mention_failed", { user: message.author.id, error });
    }
    const latencyMs = Math.round((performance.now() - started) * 100) / 100;
    logger.info("interaction", {
      kind: message.inGuild() ? "mention" : "dm",
      user: message.author.id,
      latencyMs,
      outcome,
    });
  });
  client.once(Events.ClientReady, (ready) => {
    logger.info("ready", {
      user: ready.user.tag,
      shards: ready.ws.shards.size,
      passages: engine.passages.length,
    });
  });
  client.on(Events.ShardResume, (shardId, replayed) =>
    logger.info("resumed", { shardId, replayed }),
  );
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn("disconnected", { shardId, code: event.code }),
  );
  client.on(Events.ShardReconnecting, (shardId) => logger.info("reconnecting", { shardId }));
  client.on(Events.ShardError, (error, shardId) => logger.error("shard_error", { shardId, error }));
  client.on(Events.Error, (error) => logger.error("client_error", { error }));
  client.on(Events.Warn, (message) => logger.warn("client_warning", { message }));
  client.on(Events.Debug, (message) => logger.debug("discord_debug", { message }));
  return { client, context };
}
