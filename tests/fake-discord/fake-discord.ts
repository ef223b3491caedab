import { once } from "node:events";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocket, WebSocketServer } from "ws";
import {
  BOT_USER,
  CHANNEL_ID,
  GUILD_ID,
  guildCreatePayload,
  messageObject,
  SECOND_CHANNEL_ID,
  SECOND_GUILD_ID,
} from "./payloads.ts";

/** The servers the bot is in: id and text channel. */
const FAKE_GUILDS: [string, string][] = [
  [GUILD_ID, CHANNEL_ID],
  [SECOND_GUILD_ID, SECOND_CHANNEL_ID],
];

/** The shard Discord routes a server's events to. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/**
 * A small Discord on 127.0.0.1 speaking the real protocol, for the real
 * discord.js client: REST under /api/v10 and a JSON gateway (no compression)
 * with HELLO, IDENTIFY → READY, heartbeats, RESUME with replay, and dispatches.
 * It records every request and every identify, and can be told to misbehave.
 */

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, e.g. /interactions/1/abc/callback. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: unknown;
  at: number;
  /** performance.now() when the request arrived, for latency measurements. */
  receivedAt: number;
  /** The status the fake answered with. */
  status?: number;
}

export interface GatewaySession {
  id: string;
  socket: WebSocket | null;
  shard: [number, number];
  intents: number;
  seq: number;
  /** Dispatches sent on this session, for replay on resume. */
  sent: { op: 0; t: string; s: number; d: unknown }[];
}

export interface Fault {
  match: (request: RecordedRequest) => boolean;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  times: number;
}

export interface FakeDiscordOptions {
  token?: string;
  /** Shards /gateway/bot recommends. */
  shards?: number;
  heartbeatIntervalMs?: number;
  /** When false, heartbeats go unanswered (a zombie connection). */
  ackHeartbeats?: boolean;
  /**
   * When false, the application may not use the Message Content intent (the
   * Developer Portal's switch is off): an IDENTIFY asking for it is closed
   * with 4014 "Disallowed intent(s)", as Discord does.
   */
  messageContentAllowed?: boolean;
  /**
   * When false, the bot lacks Create Public Threads in every channel:
   * starting a thread answers 403 Missing Permissions (code 50013).
   */
  threadsAllowed?: boolean;
}

/** The privileged Message Content intent (1 << 15). */
export const MESSAGE_CONTENT_INTENT = 1 << 15;

/** A thread as Discord describes one (type 11: public thread). */
export interface FakeThread {
  id: string;
  type: 11;
  guild_id: string;
  parent_id: string;
  owner_id: string;
  name: string;
  [field: string]: unknown;
}

export const API_VERSION_PREFIX = "/api/v10";

/** The bot token the fake accepts unless told otherwise: shaped like a real one (id.timestamp.signature). */
export const FAKE_TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.GfAkE1.fake-bot-token-abcdefghijklmnopqrstu";

/** What a client sends on the gateway: heartbeat (1), identify (2), resume (6). */
interface GatewayCommand {
  op: number;
  d: {
    token?: string;
    shard?: [number, number];
    intents?: number;
    session_id?: string;
    seq?: number;
  } | null;
}

export class FakeDiscord {
  readonly token: string;
  readonly requests: RecordedRequest[] = [];
  /** Every IDENTIFY, refused ones included, with the intents it asked for. */
  readonly identifies: { token: string; shard: [number, number]; intents: number }[] = [];
  /** Messages by id: those dispatched with MESSAGE_CREATE and those the bot sent. */
  readonly messages = new Map<string, Record<string, unknown>>();
  /** Threads started on a message, by id (a thread's id is its starter message's). */
  readonly threads = new Map<string, FakeThread>();
  readonly resumes: { sessionId: string; seq: number }[] = [];
  readonly sessions = new Map<string, GatewaySession>();
  readonly faults: Fault[] = [];
  readonly commands = new Map<string, unknown[]>();
  /** Every event dispatched through {@link dispatch}, whichever session it went to. */
  readonly dispatched: { t: string; d: unknown }[] = [];
  options: Required<Omit<FakeDiscordOptions, "token">>;

  private readonly http: Server;
  private readonly gateway = new WebSocketServer({ noServer: true });
  private readonly waiters = new Set<() => void>();
  private nextId = 1n;

  constructor(options: FakeDiscordOptions = {}) {
    this.token = options.token ?? FAKE_TOKEN;
    this.options = {
      shards: options.shards ?? 1,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      ackHeartbeats: options.ackHeartbeats ?? true,
      messageContentAllowed: options.messageContentAllowed ?? true,
      threadsAllowed: options.threadsAllowed ?? true,
    };
    this.http = createServer((request, response) => void this.handleHttp(request, response));
    this.http.on("upgrade", (request, socket, head) => {
      if (!request.url?.startsWith("/gateway")) return socket.destroy();
      this.gateway.handleUpgrade(request, socket, head, (ws) => this.handleGateway(ws, request));
    });
  }

  /** Listens on an ephemeral port of 127.0.0.1. */
  async start(): Promise<this> {
    this.http.listen(0, "127.0.0.1");
    await once(this.http, "listening");
    return this;
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }

  /** What DISCORD_API_BASE_URL / the client's `rest.api` should be. */
  get apiBaseUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async stop(): Promise<void> {
    for (const client of this.gateway.clients) client.terminate();
    this.gateway.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  /** A fresh snowflake-shaped id. */
  id(): string {
    this.nextId += 1n;
    return ((BigInt(Date.now() - 1420070400000) << 22n) + this.nextId).toString();
  }

  /** Makes the next `times` requests matching `match` fail with `status`. */
  injectFault(fault: Omit<Fault, "times"> & { times?: number }): void {
    this.faults.push({ times: 1, ...fault });
  }

  // ---- gateway -------------------------------------------------------------

  /** Sends a dispatch to the shard that owns `guildId` (shard 0 for DMs), as Discord routes them. */
  dispatch(t: string, d: unknown, guildId?: string): void {
    const session = this.sessionFor(guildId);
    if (!session) throw new Error(`no identified gateway session for ${guildId ?? "DMs"}`);
    this.dispatched.push({ t, d });
    if (t === "MESSAGE_CREATE") {
      const message = d as Record<string, unknown>;
      this.messages.set(message.id as string, message);
    }
    session.seq += 1;
    const payload = { op: 0 as const, t, s: session.seq, d };
    session.sent.push(payload);
    if (session.socket?.readyState === WebSocket.OPEN) session.socket.send(JSON.stringify(payload));
  }

  /** The session of the shard that owns `guildId`: (guild_id >> 22) % shard count. */
  sessionFor(guildId?: string): GatewaySession | undefined {
    const all = [...this.sessions.values()];
    const count = all[0]?.shard[1] ?? 1;
    const shardId = guildId ? shardOf(guildId, count) : 0;
    return all.filter((session) => session.shard[0] === shardId).at(-1);
  }

  /** Sends a raw gateway payload to every open socket (op 7 reconnect, op 9 invalid session…). */
  sendOp(op: number, d: unknown = null): void {
    for (const session of this.sessions.values())
      session.socket?.send(JSON.stringify({ op, d, s: null, t: null }));
  }

  /** Closes every gateway socket with `code` (1006: dropped without a close frame). */
  closeSockets(code: number): void {
    for (const session of this.sessions.values()) {
      if (!session.socket) continue;
      if (code === 1006) session.socket.terminate();
      else session.socket.close(code);
      session.socket = null;
    }
  }

  private handleGateway(ws: WebSocket, request: IncomingMessage): void {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.searchParams.get("encoding") !== "json" || url.searchParams.has("compress")) {
      ws.close(4012, "only JSON without compression is spoken here");
      return;
    }
    ws.send(
      JSON.stringify({
        op: 10,
        d: { heartbeat_interval: this.options.heartbeatIntervalMs },
        s: null,
        t: null,
      }),
    );
    const connection: { session?: GatewaySession } = {};
    ws.on("message", (raw) => {
      const { op, d } = JSON.parse(String(raw)) as GatewayCommand;
      if (op === 1 && this.options.ackHeartbeats)
        ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (op === 2 && d) connection.session = this.identify(ws, d);
      if (op === 6 && d) connection.session = this.resume(ws, d) ?? connection.session;
    });
    ws.on("close", () => {
      if (connection.session?.socket === ws) connection.session.socket = null;
    });
  }

  /** IDENTIFY: a new session for the shard, READY, then each server that shard owns. */
  private identify(ws: WebSocket, d: NonNullable<GatewayCommand["d"]>): GatewaySession | undefined {
    if (d.token !== this.token) {
      ws.close(4004, "Authentication failed.");
      return undefined;
    }
    const shard = d.shard ?? [0, 1];
    const intents = d.intents ?? 0;
    this.identifies.push({ token: d.token, shard, intents });
    if (intents & MESSAGE_CONTENT_INTENT && !this.options.messageContentAllowed) {
      ws.close(4014, "Disallowed intent(s).");
      return undefined;
    }
    const session: GatewaySession = { id: this.id(), socket: ws, shard, intents, seq: 0, sent: [] };
    for (const [id, other] of this.sessions)
      if (other.shard[0] === shard[0]) this.sessions.delete(id);
    this.sessions.set(session.id, session);
    this.dispatchTo(session, "READY", {
      v: 10,
      user: BOT_USER,
      guilds: [],
      session_id: session.id,
      resume_gateway_url: this.gatewayUrl,
      shard,
      application: { id: BOT_USER.id, flags: 0 },
    });
    for (const [guildId, channelId] of FAKE_GUILDS) {
      if (shardOf(guildId, shard[1]) === shard[0])
        this.dispatchTo(session, "GUILD_CREATE", {
          ...guildCreatePayload(guildId, channelId),
          threads: [...this.threads.values()].filter((thread) => thread.guild_id === guildId),
        });
    }
    this.notify();
    return session;
  }

  /** RESUME: replays what the session missed, then RESUMED; an unknown session gets op 9. */
  private resume(ws: WebSocket, d: NonNullable<GatewayCommand["d"]>): GatewaySession | undefined {
    const sessionId = d.session_id ?? "";
    const seq = d.seq ?? 0;
    this.resumes.push({ sessionId, seq });
    const session = this.sessions.get(sessionId);
    if (!session || d.token !== this.token) {
      ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
      return undefined;
    }
    session.socket = ws;
    for (const missed of session.sent.filter((sent) => sent.s > seq))
      ws.send(JSON.stringify(missed));
    this.dispatchTo(session, "RESUMED", null);
    this.notify();
    return session;
  }

  private dispatchTo(session: GatewaySession, t: string, d: unknown): void {
    session.seq += 1;
    const payload = { op: 0 as const, t, s: session.seq, d };
    session.sent.push(payload);
    session.socket?.send(JSON.stringify(payload));
  }

  // ---- REST ----------------------------------------------------------------

  private async handleHttp(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://localhost");
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    let body: unknown = null;
    if (text) body = request.headers["content-type"]?.includes("json") ? JSON.parse(text) : text;
    const path = url.pathname.startsWith(API_VERSION_PREFIX)
      ? url.pathname.slice(API_VERSION_PREFIX.length)
      : url.pathname;
    const recorded: RecordedRequest = {
      method: request.method ?? "GET",
      path,
      query: url.searchParams,
      headers: request.headers,
      body,
      at: Date.now(),
      receivedAt: performance.now(),
    };
    this.requests.push(recorded);
    this.notify();

    const send = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      recorded.status = status;
      response.writeHead(status, {
        ...(json === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      });
      response.end(json === undefined ? undefined : JSON.stringify(json));
      this.notify();
    };

    const fault = this.faults.find((candidate) => candidate.times > 0 && candidate.match(recorded));
    if (fault) {
      fault.times -= 1;
      return send(
        fault.status,
        fault.body ?? { message: "Injected fault", code: 0 },
        fault.headers,
      );
    }
    if (!url.pathname.startsWith(API_VERSION_PREFIX))
      return send(404, { message: "404: Not Found", code: 0 });

    const needsAuth = !path.startsWith("/interactions/") && !path.startsWith("/webhooks/");
    if (needsAuth && request.headers.authorization !== `Bot ${this.token}`)
      return send(401, { message: "401: Unauthorized", code: 0 });

    for (const route of this.routes) {
      const match = recorded.method === route.method ? route.path.exec(path) : null;
      if (!match) continue;
      const [status, json] = route.respond(match, recorded);
      return send(status, json);
    }
    send(404, { message: "404: Not Found", code: 0 });
  }

  /** The REST routes the bot uses, each answering as Discord does. */
  private readonly routes: {
    method: string;
    path: RegExp;
    respond: (match: RegExpExecArray, request: RecordedRequest) => [number, unknown?];
  }[] = [
    {
      method: "GET",
      path: /^\/gateway\/bot$/,
      respond: () => [
        200,
        {
          url: this.gatewayUrl,
          shards: this.options.shards,
          session_start_limit: {
            total: 1000,
            remaining: 999,
            reset_after: 14_400_000,
            max_concurrency: 1,
          },
        },
      ],
    },
    { method: "GET", path: /^\/users\/@me$/, respond: () => [200, BOT_USER] },
    {
      method: "POST",
      path: /^\/interactions\/(\d+)\/([^/]+)\/callback$/,
      respond: (match, request) => {
        // Only a callback Discord accepted acknowledges the interaction; a failed one does not.
        const earlier = this.requests.filter(
          (r) =>
            r.method === "POST" &&
            r.path === request.path &&
            r !== request &&
            r.status !== undefined &&
            r.status < 300,
        );
        if (earlier.length > 0)
          return [400, { message: "Interaction has already been acknowledged.", code: 40060 }];
        if (request.query.get("with_response") !== "true") return [204];
        const body = request.body as { type: number; data?: Record<string, unknown> };
        return [
          200,
          {
            interaction: { id: match[1], type: 2 },
            resource: { type: body.type, message: this.message(body.data ?? {}, "0") },
          },
        ];
      },
    },
    ...["PATCH", "POST", "GET"].map((method) => ({
      method,
      path: /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/(@original|\d+))?$/,
      respond: (_match: RegExpExecArray, request: RecordedRequest): [number, unknown?] => [
        200,
        this.message((request.body as Record<string, unknown>) ?? {}, "0"),
      ],
    })),
    {
      method: "DELETE",
      path: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/,
      respond: () => [204],
    },
    {
      method: "POST",
      path: /^\/channels\/(\d+)\/messages$/,
      respond: (match, request) => {
        const sent = this.message(request.body as Record<string, unknown>, match[1] as string);
        this.messages.set(sent.id as string, sent);
        return [200, sent];
      },
    },
    {
      method: "GET",
      path: /^\/channels\/(\d+)\/messages\/(\d+)$/,
      respond: (match) => {
        const message = this.messages.get(match[2] as string);
        return message && message.channel_id === match[1]
          ? [200, message]
          : [404, { message: "Unknown Message", code: 10008 }];
      },
    },
    {
      method: "POST",
      path: /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/,
      respond: (match, request) =>
        this.startThread(match[1] as string, match[2] as string, request),
    },
    {
      method: "PUT",
      path: /^\/applications\/(\d+)(\/guilds\/(\d+))?\/commands$/,
      respond: (match, request) => {
        const registered = (request.body as Record<string, unknown>[]).map((command) => ({
          id: this.id(),
          application_id: match[1],
          version: this.id(),
          default_member_permissions: null,
          type: 1,
          ...command,
          ...(match[3] ? { guild_id: match[3] } : {}),
        }));
        this.commands.set(match[3] ?? "global", registered);
        return [200, registered];
      },
    },
  ];

  /**
   * POST /channels/{channel}/messages/{message}/threads: a public thread on
   * the message, with the message's id, owned by the bot; THREAD_CREATE
   * goes to the server's shard. Refused as Discord would: without the
   * permission (50013), or when the message already has a thread (160004).
   */
  private startThread(
    channelId: string,
    messageId: string,
    request: RecordedRequest,
  ): [number, unknown] {
    if (!this.options.threadsAllowed) return [403, { message: "Missing Permissions", code: 50013 }];
    const guildId = FAKE_GUILDS.find(([, channel]) => channel === channelId)?.[0];
    const starter = this.messages.get(messageId);
    if (!guildId || !starter || starter.channel_id !== channelId)
      return [404, { message: "Unknown Message", code: 10008 }];
    if (this.threads.has(messageId))
      return [400, { message: "A thread has already been created for this message", code: 160004 }];
    const body = (request.body ?? {}) as { name?: string; auto_archive_duration?: number };
    if (!body.name || body.name.length > 100)
      return [400, { message: "Invalid Form Body", code: 50035, errors: { name: {} } }];
    const now = new Date().toISOString();
    const thread: FakeThread = {
      id: messageId,
      type: 11,
      guild_id: guildId,
      parent_id: channelId,
      owner_id: BOT_USER.id,
      name: body.name,
      last_message_id: null,
      message_count: 0,
      member_count: 1,
      rate_limit_per_user: 0,
      flags: 0,
      total_message_sent: 0,
      thread_metadata: {
        archived: false,
        auto_archive_duration: body.auto_archive_duration ?? 4320,
        archive_timestamp: now,
        locked: false,
        create_timestamp: now,
      },
    };
    this.threads.set(thread.id, thread);
    this.dispatch("THREAD_CREATE", { ...thread, newly_created: true }, guildId);
    return [201, thread];
  }

  /** A message object as Discord returns it for a message the bot sent. */
  private message(data: Record<string, unknown>, channelId: string): Record<string, unknown> {
    return messageObject(BOT_USER, channelId, data);
  }

  // ---- waiting -------------------------------------------------------------

  private notify(): void {
    for (const waiter of this.waiters) waiter();
  }

  /** Resolves when `condition()` holds, checked on every request and gateway event. */
  async until<T>(
    condition: () => T | undefined | false,
    timeoutMs = 5000,
    what = "condition",
  ): Promise<T> {
    const met = condition();
    if (met) return met;
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = condition();
        if (!value) return;
        cleanup();
        resolve(value);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const poll = setInterval(check, 20);
      const cleanup = () => {
        clearTimeout(timer);
        clearInterval(poll);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
    });
  }

  /** The first request matching `match`, once it arrives. */
  waitForRequest(
    match: (request: RecordedRequest) => boolean,
    timeoutMs = 5000,
  ): Promise<RecordedRequest> {
    return this.until(() => this.requests.find(match), timeoutMs, "a matching request");
  }

  /** Every callback request for interaction `id`. */
  callbacksFor(id: string): RecordedRequest[] {
    return this.requests.filter(
      (request) => request.method === "POST" && request.path.startsWith(`/interactions/${id}/`),
    );
  }

  /** Interactions dispatched so far, on any session. */
  interactionsSent(): { id: string; token: string }[] {
    return this.dispatched
      .filter((payload) => payload.t === "INTERACTION_CREATE")
      .map((payload) => payload.d as { id: string; token: string });
  }

  /** Interactions not answered by exactly one successful callback. */
  interactionsNotAnsweredOnce(): string[] {
    return this.interactionsSent()
      .filter(
        ({ id }) =>
          this.callbacksFor(id).filter((request) => (request.status ?? 0) < 300).length !== 1,
      )
      .map(({ id }) => id);
  }
}
