import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A real HTTP server on a free loopback port that plays S2 in unit tests: each test says how it answers
 * and then reads back exactly what arrived (the raw request target, before any decoding).
 */

export interface RecordedRequest {
  method: string;
  /** The request target as sent on the wire, e.g. `/v1/metrics/b/a%2Fb%20c?set=storage`. */
  target: string;
  headers: IncomingHttpHeaders;
}

export type FakeResponder = (request: RecordedRequest, response: ServerResponse) => void | Promise<void>;

export interface FakeUpstream {
  url: string;
  requests: RecordedRequest[];
  respond(responder: FakeResponder): void;
  close(): Promise<void>;
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(text);
}

export async function startFakeUpstream(responder?: FakeResponder): Promise<FakeUpstream> {
  let current: FakeResponder = responder ?? ((_, response) => sendJson(response, 200, { values: [] }));
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const recorded = { method: req.method ?? "", target: req.url ?? "", headers: req.headers };
    requests.push(recorded);
    Promise.resolve(current(recorded, res)).catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    respond(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback address nothing listens on: connecting is refused at once. */
export async function refusedUrl(): Promise<string> {
  const upstream = await startFakeUpstream();
  await upstream.close();
  return upstream.url;
}
