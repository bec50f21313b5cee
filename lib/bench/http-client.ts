import { type Agent, request } from "node:http";

/**
 * One GET over a shared keep-alive agent, reporting status, latency and the body's size as it came over
 * the wire (`accept-encoding: gzip`, no decompression), which is what a browser downloads.
 */
export interface Fetched {
  status: number;
  ms: number;
  wireBytes: number;
  encoding: string | undefined;
  body: Buffer;
}

export function get(url: string, headers: Record<string, string> = {}, agent?: Agent): Promise<Fetched> {
  const began = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { "accept-encoding": "gzip", ...headers }, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          ms: performance.now() - began,
          wireBytes: chunks.reduce((n, c) => n + c.length, 0),
          encoding: res.headers["content-encoding"],
          body: Buffer.concat(chunks),
        }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}
