import { once } from "node:events";
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocket, WebSocketServer } from "ws";
import { BOT_USER, GUILD_ID, guildCreatePayload } from "./payloads.ts";

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
}

export const API_VERSION_PREFIX = "/api/v10";

export class FakeDiscord {
  readonly token: string;
  readonly requests: RecordedRequest[] = [];
  readonly identifies: { token: string; shard: [number, number]; intents: number }[] = [];
  readonly resumes: { sessionId: string; seq: number }[] = [];
  readonly sessions = new Map<string, GatewaySession>();
  readonly faults: Fault[] = [];
  readonly commands = new Map<string, unknown[]>();
  options: Required<Omit<FakeDiscordOptions, "token">>;

  private readonly http: Server;
  private readonly gateway = new WebSocketServer({ noServer: true });
  private readonly waiters = new Set<() => void>();
  private nextId = 1n;

  constructor(options: FakeDiscordOptions = {}) {
    this.token = options.token ?? "fake.bot.token-abcdefghijklmnop";
    this.options = { shards: options.shards ?? 1, heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250, ackHeartbeats: options.ackHeartbeats ?? true };
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
    session.seq += 1;
    const payload = { op: 0 as const, t, s: session.seq, d };
    session.sent.push(payload);
    if (session.socket?.readyState === WebSocket.OPEN) session.socket.send(JSON.stringify(payload));
  }

  /** The session of the shard that owns `guildId`: (guild_id >> 22) % shard count. */
  sessionFor(guildId?: string): GatewaySession | undefined {
    const all = [...this.sessions.values()];
    const count = all[0]?.shard[1] ?? 1;
    const shardId = guildId ? Number((BigInt(guildId) >> 22n) % BigInt(count)) : 0;
    return all.filter((session) => session.shard[0] === shardId).at(-1);
  }

  /** Sends a raw gateway payload to every open socket (op 7 reconnect, op 9 invalid session…). */
  sendOp(op: number, d: unknown = null): void {
    for (const session of this.sessions.values()) session.socket?.send(JSON.stringify({ op, d, s: null, t: null }));
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
    let session: GatewaySession | undefined;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs }, s: null, t: null }));
    ws.on("message", (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: any };
      if (payload.op === 1) {
        if (this.options.ackHeartbeats) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      } else if (payload.op === 2) {
        if (payload.d.token !== this.token) return ws.close(4004, "Authentication failed.");
        const shard = (payload.d.shard ?? [0, 1]) as [number, number];
        this.identifies.push({ token: payload.d.token, shard, intents: payload.d.intents });
        session = { id: this.id(), socket: ws, shard, intents: payload.d.intents, seq: 0, sent: [] };
        this.sessions.set(session.id, session);
        for (const [id, other] of this.sessions) if (other !== session && other.shard[0] === shard[0]) this.sessions.delete(id);
        this.dispatchTo(session, "READY", {
          v: 10,
          user: BOT_USER,
          guilds: [],
          session_id: session.id,
          resume_gateway_url: this.gatewayUrl,
          shard,
          application: { id: BOT_USER.id, flags: 0 },
        });
        // A bot in a server receives the server once it is ready.
        if (Number((BigInt(GUILD_ID) >> 22n) % BigInt(shard[1])) === shard[0]) this.dispatchTo(session, "GUILD_CREATE", guildCreatePayload());
        this.notify();
      } else if (payload.op === 6) {
        const resumed = this.sessions.get(payload.d.session_id);
        this.resumes.push({ sessionId: payload.d.session_id, seq: payload.d.seq });
        if (!resumed || payload.d.token !== this.token) {
          ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
          return;
        }
        session = resumed;
        session.socket = ws;
        for (const missed of session.sent.filter((sent) => sent.s > (payload.d.seq ?? 0))) ws.send(JSON.stringify(missed));
        this.dispatchTo(session, "RESUMED", null);
        this.notify();
      }
    });
    ws.on("close", () => {
      if (session && session.socket === ws) session.socket = null;
    });
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
    const path = url.pathname.startsWith(API_VERSION_PREFIX) ? url.pathname.slice(API_VERSION_PREFIX.length) : url.pathname;
    const recorded: RecordedRequest = { method: request.method ?? "GET", path, query: url.searchParams, headers: request.headers, body, at: Date.now() };
    this.requests.push(recorded);
    this.notify();

    const send = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { ...(json === undefined ? {} : { "content-type": "application/json" }), ...headers });
      response.end(json === undefined ? undefined : JSON.stringify(json));
    };

    const fault = this.faults.find((candidate) => candidate.times > 0 && candidate.match(recorded));
    if (fault) {
      fault.times -= 1;
      return send(fault.status, fault.body ?? { message: "Injected fault", code: 0 }, fault.headers);
    }
    if (!url.pathname.startsWith(API_VERSION_PREFIX)) return send(404, { message: "404: Not Found", code: 0 });

    const needsAuth = !path.startsWith("/interactions/") && !path.startsWith("/webhooks/");
    if (needsAuth && request.headers.authorization !== `Bot ${this.token}`) return send(401, { message: "401: Unauthorized", code: 0 });

    const method = recorded.method;
    let match: RegExpMatchArray | null;
    if (method === "GET" && path === "/gateway/bot") {
      return send(200, {
        url: this.gatewayUrl,
        shards: this.options.shards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      });
    }
    if (method === "GET" && path === "/users/@me") return send(200, BOT_USER);
    if (method === "POST" && (match = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      const answered = this.requests.filter((r) => r.method === "POST" && r.path === path).length;
      if (answered > 1) return send(400, { message: "Interaction has already been acknowledged.", code: 40060 });
      if (url.searchParams.get("with_response") === "true") {
        const data = (body as { data?: Record<string, unknown> })?.data ?? {};
        return send(200, { interaction: { id: match[1], type: 2 }, resource: { type: (body as { type: number }).type, message: this.message(data, "0") } });
      }
      return send(204);
    }
    if ((match = path.match(/^\/webhooks\/(\d+)\/([^/]+)(\/messages\/(@original|\d+))?$/))) {
      if (method === "DELETE") return send(204);
      return send(200, this.message((body as Record<string, unknown>) ?? {}, "0"));
    }
    if (method === "POST" && (match = path.match(/^\/channels\/(\d+)\/messages$/))) {
      return send(200, this.message(body as Record<string, unknown>, match[1] as string));
    }
    if (method === "PUT" && (match = path.match(/^\/applications\/(\d+)(\/guilds\/(\d+))?\/commands$/))) {
      const registered = (body as Record<string, unknown>[]).map((command) => ({
        id: this.id(),
        application_id: match?.[1],
        version: this.id(),
        default_member_permissions: null,
        type: 1,
        ...command,
        ...(match?.[3] ? { guild_id: match[3] } : {}),
      }));
      this.commands.set(match[3] ?? "global", registered);
      return send(200, registered);
    }
    send(404, { message: "404: Not Found", code: 0 });
  }

  /** A message object as Discord returns it for a message the bot sent. */
  private message(data: Record<string, unknown>, channelId: string): Record<string, unknown> {
    return {
      id: this.id(),
      channel_id: channelId,
      author: BOT_USER,
      content: "",
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      ...data,
    };
  }

  // ---- waiting -------------------------------------------------------------

  private notify(): void {
    for (const waiter of this.waiters) waiter();
  }

  /** Resolves when `condition()` holds, checked on every request and gateway event. */
  async until<T>(condition: () => T | undefined | false, timeoutMs = 5000, what = "condition"): Promise<T> {
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
  waitForRequest(match: (request: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.until(() => this.requests.find(match), timeoutMs, "a matching request");
  }

  /** Every callback request for interaction `id`. */
  callbacksFor(id: string): RecordedRequest[] {
    return this.requests.filter((request) => request.method === "POST" && request.path.startsWith(`/interactions/${id}/`));
  }
}
