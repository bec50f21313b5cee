import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import { z } from "zod";

/**
 * An HTTP proxy that counts every request it forwards, by path and query, for tests and benchmarks that
 * must know how many calls reached the upstream (the embedded backend) without trusting the dashboard's
 * own counters. It forwards method, headers and body as they come and streams the answer back.
 *
 * Its own endpoints (never forwarded, never counted), for other processes:
 * - `GET /__counting-proxy/counts`: `{ total, byPath: { "<path>?<query>": n }, bytes, bytesByPath }`, where
 *   bytes are those of the answers' bodies as they came over the wire (compressed, if they were);
 * - `POST /__counting-proxy/reset`: sets every count to zero.
 */

export const COUNTS_PATH = "/__counting-proxy/counts";
export const RESET_PATH = "/__counting-proxy/reset";

export const proxyCountsSchema = z.object({
  total: z.number().int().nonnegative(),
  byPath: z.record(z.string(), z.number().int().nonnegative()),
  bytes: z.number().int().nonnegative(),
  bytesByPath: z.record(z.string(), z.number().int().nonnegative()),
});
export type ProxyCounts = z.infer<typeof proxyCountsSchema>;

export interface CountingProxy {
  url: string;
  counts(): ProxyCounts;
  reset(): void;
  close(): Promise<void>;
}

export async function startCountingProxy(opts: {
  upstream: string;
  port?: number;
  host?: string;
}): Promise<CountingProxy> {
  const upstream = new URL(opts.upstream);
  const byPath = new Map<string, number>();
  const bytesByPath = new Map<string, number>();
  let total = 0;
  let bytes = 0;
  const counts = (): ProxyCounts => ({
    total,
    byPath: Object.fromEntries(byPath),
    bytes,
    bytesByPath: Object.fromEntries(bytesByPath),
  });
  const reset = () => {
    byPath.clear();
    bytesByPath.clear();
    total = 0;
    bytes = 0;
  };

  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const target = req.url ?? "/";
    total++;
    byPath.set(target, (byPath.get(target) ?? 0) + 1);
    const outgoing = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: target,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.on("data", (chunk: Buffer) => {
          bytes += chunk.length;
          bytesByPath.set(target, (bytesByPath.get(target) ?? 0) + chunk.length);
        });
        answer.pipe(res);
      },
    );
    outgoing.on("error", () => {
      // The upstream is down: answer as a gateway would, so the dashboard sees an unreachable backend.
      if (!res.headersSent) res.writeHead(502, { "content-type": "application/json" });
      res.end(JSON.stringify({ code: "proxy_upstream", message: "the upstream did not answer" }));
    });
    req.pipe(outgoing);
  };

  const server = createServer((req, res) => {
    const pathname = (req.url ?? "/").split("?")[0];
    if (pathname === COUNTS_PATH && req.method === "GET") {
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify(counts()));
      return;
    }
    if (pathname === RESET_PATH && req.method === "POST") {
      reset();
      res.writeHead(204).end();
      return;
    }
    forward(req, res);
  });
  const host = opts.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, resolve);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://${host}:${port}`,
    counts,
    reset,
    close: () =>
      new Promise<void>((resolve) => {
        // Keep-alive connections from the dashboard would hold close() open for their idle timeout.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The counts of a proxy running in another process, through its own endpoint. */
export async function fetchProxyCounts(proxyUrl: string): Promise<ProxyCounts> {
  const response = await fetch(`${proxyUrl}${COUNTS_PATH}`);
  return proxyCountsSchema.parse(await response.json());
}

/** Calls counted for paths that start with `prefix` (e.g. `/v1/metrics/prod-events`). */
export function countFor(counts: ProxyCounts, prefix: string): number {
  return Object.entries(counts.byPath)
    .filter(([key]) => key.startsWith(prefix))
    .reduce((sum, [, n]) => sum + n, 0);
}
