/**
 * Lets the gateway bot's own handlers answer interactions that arrive over
 * HTTP. A raw interaction (the same JSON Discord sends over the gateway) is
 * turned into a discord.js interaction exactly as the gateway path does it,
 * and emitted to the bot's `interactionCreate` handler; when that handler
 * answers (reply, update, autocomplete choices, deferral), discord.js posts
 * the interaction callback through its REST client, whose `makeRequest`
 * hook lands here: the callback becomes the body of the HTTP response
 * instead of a second request to Discord. Every other REST call (a
 * follow-up, for one) goes on to Discord as usual.
 */
import type { Client, RESTOptions } from "discord.js";
import { DefaultRestOptions, Events } from "discord.js";
import { redact, secretFragments } from "../runtime/redact.ts";

/** Discord waits 3 s for an answer; past this, the request is answered with an error instead. */
export const ANSWER_DEADLINE_MS = 2500;

/** An interaction response as Discord reads it from the body of the reply to its POST. */
export interface InteractionResponse {
  type: number;
  data?: unknown;
}

/** What became of a raw interaction. */
export type BridgeOutcome =
  | { kind: "answered"; response: InteractionResponse }
  /** discord.js has no interaction class for it: the bot cannot answer it. */
  | { kind: "unsupported" }
  /** An interaction with this id is being answered already (a replayed request). */
  | { kind: "duplicate" }
  /** The handler gave no answer in time. */
  | { kind: "unanswered" };

/** The raw interaction fields the bridge reads itself. */
interface RawInteraction {
  id: string;
  type: number;
  channel_id?: string;
  channel?: { id?: string };
}

const CALLBACK_PATH = /\/interactions\/(\d{17,20})\/[^/]+\/callback$/;

/** The part of discord.js that turns a gateway INTERACTION_CREATE into an interaction and emits it. */
interface InteractionCreateAction {
  handle(data: unknown): void;
}

/** discord.js's own handling of INTERACTION_CREATE: kept internal, so it is reached here only. */
function interactionCreateAction(client: Client): InteractionCreateAction {
  const actions = (
    client as unknown as { actions?: { InteractionCreate?: InteractionCreateAction } }
  ).actions;
  const action = actions?.InteractionCreate;
  if (!action || typeof action.handle !== "function")
    throw new Error("this discord.js version has no InteractionCreate action");
  return action;
}

/** Whether `raw` has the id and type every interaction has. */
export function isRawInteraction(raw: unknown): raw is RawInteraction {
  if (typeof raw !== "object" || raw === null) return false;
  const { id, type } = raw as Record<string, unknown>;
  return typeof id === "string" && /^\d{17,20}$/.test(id) && Number.isInteger(type);
}

/**
 * Connects HTTP requests to a discord.js client's handlers. Build it first,
 * give its {@link makeRequest} to the client's REST options, then
 * {@link attach} the client.
 */
export class InteractionBridge {
  private readonly waiting = new Map<string, (response: InteractionResponse) => void>();
  private readonly emitted = new Set<string>();
  /** Interactions in flight per channel id: a channel leaves the client's cache when none is left. */
  private readonly channelsInUse = new Map<string, number>();
  private readonly secrets: string[];
  private client: Client | undefined;
  private action: InteractionCreateAction | undefined;

  /** `token`, when set, never leaves in an answer (as for every request the gateway bot sends). */
  constructor(token = "") {
    this.secrets = secretFragments(token);
  }

  /** The REST hook: interaction callbacks are kept for the HTTP response, anything else goes to Discord. */
  readonly makeRequest: RESTOptions["makeRequest"] = async (url, init) => {
    const match = CALLBACK_PATH.exec(new URL(url).pathname);
    if (!match) return DefaultRestOptions.makeRequest(url, init);
    const resolve = this.waiting.get(match[1] as string);
    if (!resolve) {
      // As Discord says when an interaction is answered twice or too late.
      return new Response(
        JSON.stringify({ code: 40060, message: "Interaction has already been acknowledged." }),
        { status: 400, headers: { "content-type": "application/json" } },
      );
    }
    resolve(JSON.parse(redact(callbackBody(init.body), this.secrets)) as InteractionResponse);
    return new Response(null, { status: 204 });
  };

  /** Connects the client whose handlers answer. */
  attach(client: Client): void {
    this.action = interactionCreateAction(client);
    this.client = client;
    client.on(Events.InteractionCreate, (interaction) => this.emitted.add(interaction.id));
  }

  /** Hands `raw` to the bot's handlers and resolves with their answer. */
  async answer(raw: RawInteraction): Promise<BridgeOutcome> {
    if (!this.action) throw new Error("no client attached");
    if (this.waiting.has(raw.id)) return { kind: "duplicate" };
    let timer: NodeJS.Timeout | undefined;
    const answered = new Promise<BridgeOutcome>((resolve) => {
      this.waiting.set(raw.id, (response) => resolve({ kind: "answered", response }));
      timer = setTimeout(() => resolve({ kind: "unanswered" }), ANSWER_DEADLINE_MS);
    });
    const channelId = raw.channel?.id ?? raw.channel_id;
    this.useChannel(channelId, +1);
    try {
      this.action.handle(raw);
      if (!this.emitted.delete(raw.id)) return { kind: "unsupported" };
      return await answered;
    } finally {
      clearTimeout(timer);
      this.waiting.delete(raw.id);
      this.useChannel(channelId, -1);
    }
  }

  /**
   * discord.js caches the channel an interaction names (a DM channel per
   * user); with no gateway to keep that cache current, a channel is
   * forgotten once no interaction from it is in flight, so memory stays flat
   * however many people ask.
   */
  private useChannel(channelId: string | undefined, change: 1 | -1): void {
    if (!channelId) return;
    const count = (this.channelsInUse.get(channelId) ?? 0) + change;
    if (count > 0) {
      this.channelsInUse.set(channelId, count);
      return;
    }
    this.channelsInUse.delete(channelId);
    this.client?.channels.cache.delete(channelId);
  }
}

/** The JSON of a callback request: a string, or the `payload_json` of a multipart body. */
function callbackBody(body: unknown): string {
  if (typeof body === "string") return body;
  if (body instanceof FormData) {
    const json = body.get("payload_json");
    if (typeof json === "string") return json;
  }
  if (body instanceof Uint8Array) return Buffer.from(body).toString("utf8");
  throw new TypeError("interaction callback without a JSON body");
}
