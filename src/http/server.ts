/**
 * The HTTP side of the bot: `POST /interactions` for Discord's signed
 * interactions, `GET /healthz` for load balancers. A request is refused,
 * with its status and nothing else done, unless it is a POST of JSON to
 * /interactions, no larger than {@link MAX_BODY_BYTES}, signed with the
 * application's key at a time within {@link MAX_CLOCK_SKEW_SECONDS} of now.
 */
import type { KeyObject } from "node:crypto";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { Logger } from "../runtime/logger.ts";
import type { BridgeOutcome } from "./interaction-bridge.ts";
import { isRawInteraction } from "./interaction-bridge.ts";
import { isSignedBy } from "./signature.ts";

/** Largest body accepted. Discord's interactions are a few kilobytes; resolved messages can add some. */
export const MAX_BODY_BYTES = 64 * 1024;
/** A signed request older (or newer) than this is refused as a replay. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
/** Interaction type Discord sends to check the endpoint. */
const PING = 1;
/** Response type Discord expects back to a {@link PING}. */
const PONG = 1;

export interface InteractionServerParts {
  publicKey: KeyObject;
  /** Answers a verified, parsed interaction (not a PING). */
  answer(raw: { id: string; type: number }): Promise<BridgeOutcome>;
  logger: Logger;
  /** Extra fields for /healthz. */
  health(): Record<string, unknown>;
  /** Whether the process is stopping: /healthz then says 503, so load balancers look elsewhere. */
  stopping(): boolean;
  /** Seconds since the epoch (tests move the clock). */
  nowSeconds?: () => number;
}

/** A request turned away: the status to send and, for the log, why. */
class Refusal {
  constructor(
    readonly status: number,
    readonly reason: string,
    readonly headers: Record<string, string> = {},
  ) {}
}

/** The HTTP server; call `listen` on it. */
export function createInteractionServer(parts: InteractionServerParts): Server {
  return createServer((request, response) => {
    void serve(request, response, parts).catch((error: unknown) => {
      parts.logger.error("http_failed", { error });
      if (!response.headersSent) send(response, 500, { error: "internal error" });
    });
  });
}

async function serve(
  request: IncomingMessage,
  response: ServerResponse,
  parts: InteractionServerParts,
): Promise<void> {
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  try {
    if (path === "/healthz") return healthz(request, response, parts);
    if (path !== "/interactions") throw new Refusal(404, "unknown path");
    const raw = await verifiedInteraction(request, parts);
    if (raw.type === PING) return send(response, 200, { type: PONG });
    const outcome = await parts.answer(raw);
    if (outcome.kind === "answered") return send(response, 200, outcome.response);
    if (outcome.kind === "unsupported") throw new Refusal(400, "unsupported interaction");
    if (outcome.kind === "duplicate") throw new Refusal(409, "interaction already being answered");
    throw new Refusal(500, "no answer in time");
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    // The method, path, size and reason only: never the body, which may be anyone's.
    parts.logger.info("http_refused", {
      status: error.status,
      reason: error.reason,
      method: request.method,
      path: path.slice(0, 100),
      bytes: Number(request.headers["content-length"]) || undefined,
    });
    if (request.complete) {
      send(response, error.status, { error: error.reason }, error.headers);
      return;
    }
    // The body was not read (or not all of it): the connection can't be reused.
    response.on("finish", () => request.destroy());
    send(
      response,
      error.status,
      { error: error.reason },
      { ...error.headers, connection: "close" },
    );
  }
}

function healthz(
  request: IncomingMessage,
  response: ServerResponse,
  parts: InteractionServerParts,
) {
  if (request.method !== "GET" && request.method !== "HEAD")
    throw new Refusal(405, "method not allowed", { allow: "GET, HEAD" });
  if (parts.stopping()) return send(response, 503, { status: "stopping" });
  send(response, 200, { status: "ok", ...parts.health() });
}

/** The interaction in `request`, once every check has passed; else throws the {@link Refusal}. */
async function verifiedInteraction(
  request: IncomingMessage,
  parts: InteractionServerParts,
): Promise<{ id: string; type: number }> {
  if (request.method !== "POST") throw new Refusal(405, "method not allowed", { allow: "POST" });
  const contentType = request.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
  if (contentType !== "application/json") throw new Refusal(415, "not JSON");
  const signature = request.headers["x-signature-ed25519"];
  const timestamp = request.headers["x-signature-timestamp"];
  if (typeof signature !== "string" || typeof timestamp !== "string")
    throw new Refusal(401, "missing signature");
  const declared = Number(request.headers["content-length"]);
  if (declared > MAX_BODY_BYTES) throw new Refusal(413, "body too large");
  const now = parts.nowSeconds?.() ?? Date.now() / 1000;
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS)
    throw new Refusal(401, "timestamp out of range");
  const body = await readBody(request);
  if (!isSignedBy(parts.publicKey, signature, timestamp, body))
    throw new Refusal(401, "bad signature");
  let raw: unknown;
  try {
    raw = JSON.parse(body.toString("utf8"));
  } catch {
    throw new Refusal(400, "malformed JSON");
  }
  if (!isRawInteraction(raw)) throw new Refusal(400, "not an interaction");
  return raw;
}

/** The whole body, or a 413 {@link Refusal} as soon as it passes {@link MAX_BODY_BYTES}. */
function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.pause();
        reject(new Refusal(413, "body too large"));
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}
