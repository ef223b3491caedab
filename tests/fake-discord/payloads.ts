/**
 * Gateway payloads as Discord sends them (API v10), for the fake Discord and
 * the tests that drive the bot through it.
 */

let counter = 0n;
/** A fresh snowflake-shaped id. */
export function snowflake(): string {
  counter += 1n;
  return ((BigInt(Date.now() - 1420070400000) << 22n) + counter).toString();
}

/** A guild on shard 0 of 2, and one on shard 1 of 2: (id >> 22) % 2. */
export const GUILD_ID = (300_000_000_000n << 22n).toString();
export const SECOND_GUILD_ID = (300_000_000_001n << 22n).toString();
export const CHANNEL_ID = "300000000000000001";
export const SECOND_CHANNEL_ID = "300000000000000002";
export const DM_CHANNEL_ID = "300000000000000009";

/** A user as the gateway describes one. */
export interface FakeUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
  bot?: boolean;
  flags?: number;
  public_flags?: number;
}

export const BOT_USER: FakeUser = {
  id: "100000000000000001",
  username: "Article QA",
  discriminator: "0",
  global_name: null,
  avatar: null,
  bot: true,
  flags: 0,
};

export function user(id: string, username: string): FakeUser {
  return { id, username, discriminator: "0", global_name: username, avatar: null, public_flags: 0 };
}

export const ASKER = user("200000000000000001", "asker");
export const OTHER_USER = user("200000000000000002", "other");
export const ANOTHER_BOT = { ...user("200000000000000003", "otherbot"), bot: true };

export function guildCreatePayload(guildId = GUILD_ID, channelId = CHANNEL_ID) {
  return {
    id: guildId,
    name: "Reading Group",
    icon: null,
    owner_id: ASKER.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: guildId,
        name: "@everyone",
        permissions: "1071698660929",
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: "en-US",
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 3,
    voice_states: [],
    members: [],
    channels: [
      {
        id: channelId,
        type: 0,
        guild_id: guildId,
        name: "reading",
        position: 0,
        permission_overwrites: [],
        nsfw: false,
        topic: null,
        last_message_id: null,
        rate_limit_per_user: 0,
        parent_id: null,
      },
    ],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

function member(who: FakeUser) {
  return {
    user: who,
    roles: [],
    joined_at: new Date().toISOString(),
    deaf: false,
    mute: false,
    flags: 0,
    nick: null,
    avatar: null,
    premium_since: null,
    pending: false,
    permissions: "1071698660929",
  };
}

export interface Where {
  /** Sent from a server channel (default) or a DM. */
  dm?: boolean;
  guildId?: string;
  channelId?: string;
  /** Sent in a public thread (`channelId` is the thread's id). */
  thread?: boolean;
}

/** The parts every interaction shares: id, token, who, where. */
function interactionBase(who: FakeUser, where: Where = {}) {
  const guildId = where.guildId ?? GUILD_ID;
  const channelId = where.channelId ?? (where.dm ? DM_CHANNEL_ID : CHANNEL_ID);
  const place = where.dm
    ? {
        channel_id: channelId,
        channel: { id: channelId, type: 1, recipients: [who] },
        user: who,
        context: 1,
        authorizing_integration_owners: { "0": guildId },
      }
    : {
        guild_id: guildId,
        channel_id: channelId,
        channel: { id: channelId, type: 0, guild_id: guildId, name: "reading" },
        member: member(who),
        context: 0,
        authorizing_integration_owners: { "0": guildId },
        guild_locale: "en-US",
      };
  return {
    id: snowflake(),
    application_id: BOT_USER.id,
    token: `interaction-token-${snowflake()}`,
    version: 1,
    app_permissions: "1071698660929",
    locale: "en-US",
    entitlements: [],
    attachment_size_limit: 10485760,
    ...place,
  };
}

export type CommandOption = {
  name: string;
  type: number;
  value: string | number | boolean;
  focused?: boolean;
};

/** Option types used here: 3 string, 5 boolean, 6 user. */
export const OPTION = { string: 3, boolean: 5, user: 6 } as const;

/** A slash command, as INTERACTION_CREATE carries it. */
export function chatInput(
  name: string,
  options: CommandOption[] = [],
  who = ASKER,
  where: Where = {},
) {
  const users = options
    .filter((option) => option.type === OPTION.user)
    .map((option) => String(option.value));
  const resolvedUsers = Object.fromEntries(
    users.map((id) => [id, id === OTHER_USER.id ? OTHER_USER : user(id, `user${id.slice(-3)}`)]),
  );
  return {
    ...interactionBase(who, where),
    type: 2,
    data: {
      id: snowflake(),
      name,
      type: 1,
      options,
      ...(users.length ? { resolved: { users: resolvedUsers } } : {}),
    },
  };
}

/** Autocomplete while typing in `focused` of command `name`. */
export function autocomplete(
  name: string,
  options: CommandOption[],
  who = ASKER,
  where: Where = {},
) {
  return {
    ...interactionBase(who, where),
    type: 4,
    data: { id: snowflake(), name, type: 1, options },
  };
}

/** A message as Discord stores and sends it; `fields` override the defaults. */
export function messageObject(
  author: FakeUser,
  channelId: string,
  fields: Record<string, unknown> = {},
) {
  return {
    id: snowflake(),
    channel_id: channelId,
    author,
    content: "",
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [] as FakeUser[],
    mention_roles: [],
    attachments: [],
    embeds: [] as unknown[],
    components: [] as unknown[],
    pinned: false,
    type: 0,
    flags: 0,
    ...fields,
  };
}

/** A message the bot sent, as Discord stores it. */
export function botMessage(
  payload: { embeds?: unknown[]; components?: unknown[]; content?: string; flags?: number },
  channelId = CHANNEL_ID,
) {
  return messageObject(BOT_USER, channelId, payload);
}

/** A click on button `customId` of `message`. */
export function buttonClick(
  customId: string,
  message: ReturnType<typeof botMessage>,
  who = ASKER,
  where: Where = {},
) {
  return {
    ...interactionBase(who, where),
    type: 3,
    message,
    data: { custom_id: customId, component_type: 2 },
  };
}

/** A message written by `author`. */
export function userMessage(
  content: string,
  author: FakeUser = ASKER,
  where: Where = {},
  mentions: FakeUser[] = [],
) {
  const channelId = where.channelId ?? (where.dm ? DM_CHANNEL_ID : CHANNEL_ID);
  const place = where.dm
    ? {}
    : { guild_id: where.guildId ?? GUILD_ID, member: { ...member(author), user: undefined } };
  // Discord says which kind of channel a message was sent in (1: DM, 0: server text channel, 11: public thread).
  return messageObject(author, channelId, {
    channel_type: where.dm ? 1 : where.thread ? 11 : 0,
    ...place,
    content,
    mentions,
  });
}

/** "Apps → Ask the article" on `target`. */
export function messageCommand(
  name: string,
  target: ReturnType<typeof userMessage>,
  who = ASKER,
  where: Where = {},
) {
  return {
    ...interactionBase(who, where),
    type: 2,
    data: {
      id: snowflake(),
      name,
      type: 3,
      target_id: target.id,
      resolved: { messages: { [target.id]: target } },
    },
  };
}

/** A choice in a select menu `customId` of `message`. */
export function selectMenuChoice(
  customId: string,
  message: ReturnType<typeof botMessage>,
  who = ASKER,
) {
  return {
    ...interactionBase(who),
    type: 3,
    message,
    data: { custom_id: customId, component_type: 3, values: ["one"] },
  };
}

/** A submitted modal `customId`. */
export function modalSubmit(customId: string, who = ASKER) {
  return {
    ...interactionBase(who),
    type: 5,
    data: {
      custom_id: customId,
      components: [{ type: 1, components: [{ type: 4, custom_id: "text", value: "hello" }] }],
    },
  };
}

/** "Apps → `name`" on a user (a user context-menu command). */
export function userCommand(name: string, target: FakeUser, who = ASKER) {
  return {
    ...interactionBase(who),
    type: 2,
    data: {
      id: snowflake(),
      name,
      type: 2,
      target_id: target.id,
      resolved: { users: { [target.id]: target } },
    },
  };
}
