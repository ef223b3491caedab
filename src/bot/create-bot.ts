import type { ClientOptions } from "discord.js";
import { Client, Events, MessageFlags, Options, Partials } from "discord.js";
import type { AnswerEngine } from "../core/index.ts";
import type { Logger } from "../runtime/logger.ts";
import { VERSION } from "../runtime/version.ts";
import type { QuestionStore } from "../store/question-store.ts";
import { SeenMessages } from "./ask-channels/seen-messages.ts";
import { ThreadRefusals } from "./ask-channels/thread-refusals.ts";
import type { BotConfig } from "./config.ts";
import { DEFAULT_MAX_AUTOCOMPLETE } from "./config.ts";
import type { BotContext } from "./context.ts";
import { botContext } from "./context.ts";
import { askChannelPlaceOf } from "./handlers/ask-channel.ts";
import { handleInteraction } from "./handlers/interactions.ts";
import { isQuestionForBot } from "./handlers/mentions.ts";
import type { StopReport } from "./in-flight.ts";
import { InFlight } from "./in-flight.ts";
import { intentsFor, isDisallowedIntents, MESSAGE_CONTENT_REFUSED } from "./intents.ts";
import { answerAskChannel, answerMention } from "./message-answers.ts";
import { RateLimiter } from "./rate-limit.ts";
import { QuestionRecorder } from "./recorder.ts";
import { restartingNotice } from "./replies/notices.ts";
import { tokenCheckedRequests } from "./secret-guard.ts";
import { DEFAULT_MAX_QUESTIONS_PER_SERVER, DEFAULT_RETAIN_DAYS } from "./store-config.ts";

export interface BotParts {
  config: BotConfig;
  engine: AnswerEngine;
  logger: Logger;
  /** Where questions and votes are kept; without one nothing is, and answers carry no feedback buttons. */
  store?: QuestionStore;
  /** Extra client options (tests replace the identify throttle, for one). */
  clientOptions?: Partial<ClientOptions>;
}

/** A running bot: the client, what its handlers share, and how to stop it cleanly. */
export interface Bot {
  /** The client logged in (a new one when Discord refused Message Content at log-in). */
  readonly client: Client;
  context: BotContext;
  /**
   * Logs in. When Discord refuses the Message Content intent that ask
   * channels need (gateway close 4014), logs one line saying what to switch
   * on and logs in again without it: slash commands, mentions and DMs go on.
   */
  login(token: string): Promise<void>;
  /**
   * Stops taking new interactions (those arriving get a short "restarting"
   * reply), waits up to `graceMs` for the ones in flight, then disconnects
   * and writes the questions still waiting to be kept.
   */
  stop(graceMs: number): Promise<StopReport>;
}

/**
 * The discord.js client, wired to the handlers. Only unprivileged intents
 * unless ask channels are set: messages that mention the bot, and DMs,
 * carry their text without the Message Content intent. Nothing is sent
 * that could ping anyone unless a reply says so. Each message is answered
 * once, even when Discord delivers it again after a resume.
 */
export function createBot({ config, engine, logger, store, clientOptions = {} }: BotParts): Bot {
  const recorder =
    store &&
    new QuestionRecorder(
      store,
      logger,
      config.store?.retention ?? {
        days: DEFAULT_RETAIN_DAYS,
        maxPerServer: DEFAULT_MAX_QUESTIONS_PER_SERVER,
      },
    );
  // Questions past retention are erased at start-up, then hourly.
  void recorder?.prune();
  const { maxQuestions, windowSeconds } = config.cooldown;
  const maxAutocomplete = config.cooldown.maxAutocomplete ?? DEFAULT_MAX_AUTOCOMPLETE;
  const context = botContext(engine, {
    rateLimit: new RateLimiter(maxQuestions, windowSeconds),
    autocompleteRateLimit: new RateLimiter(maxAutocomplete, windowSeconds),
    logger,
    version: VERSION,
    recorder,
  });
  const inFlight = new InFlight();
  const askChannelIds: ReadonlySet<string> = new Set(config.askChannelIds ?? []);
  const askChannels = { context, refusals: new ThreadRefusals() };
  const seen = new SeenMessages();
  /** The close code of the last shard Discord disconnected for good, to tell why a log-in failed. */
  let lastCloseCode: number | undefined;
  let client = buildClient(intentsFor({ askChannels: askChannelIds.size > 0 }));

  /** A client asking for `intents`, wired to the handlers. */
  function buildClient(intents: ClientOptions["intents"]): Client {
    const client = new Client({
      intents,
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
        // The bot's own user is kept; a client answering over HTTP never logs in and has none.
        GuildMemberManager: {
          maxSize: 100,
          keepOverLimit: (member) => member.id === member.client.user?.id,
        },
        UserManager: { maxSize: 100, keepOverLimit: (user) => user.id === user.client.user?.id },
      }),
      ...clientOptions,
      rest: {
        ...(config.apiBaseUrl ? { api: config.apiBaseUrl } : {}),
        makeRequest: tokenCheckedRequests(config.token, (path) =>
          logger.warn("token_removed_from_request", { path }),
        ),
        ...clientOptions.rest,
      },
    });

    client.on(Events.InteractionCreate, (interaction) => {
      if (!inFlight.stopping) {
        inFlight.trackInteraction(handleInteraction(interaction, context));
        return;
      }
      if (!interaction.isRepliable() && !interaction.isAutocomplete()) return;
      const answer = interaction.isAutocomplete()
        ? interaction.respond([])
        : interaction.reply({ ...restartingNotice(), flags: MessageFlags.Ephemeral });
      inFlight.trackInteraction(
        answer
          .then(() => true)
          .catch((error: unknown) => {
            logger.warn("restarting_notice_failed", { error });
            return false;
          }),
      );
    });
    client.on(Events.MessageCreate, (message) => {
      if (inFlight.stopping || !client.isReady()) return;
      const place = askChannelPlaceOf(message, askChannelIds, client.user.id);
      if (!place && !isQuestionForBot(message, client)) return;
      if (!seen.add(message.id)) {
        logger.debug("message_repeated", { message: message.id });
        return;
      }
      inFlight.trackMessage(
        place ? answerAskChannel(place, askChannels) : answerMention(message, context),
      );
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
    client.on(Events.ShardDisconnect, (event, shardId) => {
      lastCloseCode = event.code;
      logger.warn("disconnected", { shardId, code: event.code });
    });
    // Destroying the client on a clean stop closes the socket the way a reconnect does; only a real one is told.
    client.on(Events.ShardReconnecting, (shardId) => {
      if (!inFlight.stopping) logger.info("reconnecting", { shardId });
    });
    client.on(Events.ShardError, (error, shardId) =>
      logger.error("shard_error", { shardId, error }),
    );
    client.on(Events.Error, (error) => logger.error("client_error", { error }));
    client.on(Events.Warn, (message) => logger.warn("client_warning", { message }));
    client.on(Events.Debug, (message) => logger.debug("discord_debug", { message }));
    return client;
  }

  async function login(token: string): Promise<void> {
    try {
      await client.login(token);
    } catch (error) {
      if (askChannelIds.size === 0 || !isDisallowedIntents(error, lastCloseCode)) throw error;
      logger.warn("message_content_refused", { fix: MESSAGE_CONTENT_REFUSED });
      client = buildClient(intentsFor({ askChannels: false }));
      await client.login(token);
    }
  }

  async function stop(graceMs: number): Promise<StopReport> {
    inFlight.stopping = true;
    const report = await inFlight.drain(graceMs);
    await client.destroy();
    await recorder?.close();
    return report;
  }
  return {
    get client() {
      return client;
    },
    context,
    login,
    stop,
  };
}
