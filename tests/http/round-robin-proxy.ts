import type { Server } from "node:http";
import { createServer, request as httpRequest } from "node:http";

/** A load balancer at its simplest, on 127.0.0.1: each request to the next backend in turn. */
export interface RoundRobinProxy {
  url: string;
  /** The backend port each request went to, in order. */
  served: number[];
  close(): Promise<void>;
}

/** Starts a proxy in front of `ports` on 127.0.0.1. */
export async function startRoundRobinProxy(ports: readonly number[]): Promise<RoundRobinProxy> {
  const served: number[] = [];
  let next = 0;
  const server: Server = createServer((incoming, outgoing) => {
    const port = ports[next % ports.length] as number;
    next += 1;
    served.push(port);
    const forwarded = httpRequest(
      {
        host: "127.0.0.1",
        port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
      },
    );
    forwarded.on("error", () => {
      if (!outgoing.headersSent) outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
