import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CountingProxy, countFor, fetchProxyCounts, startCountingProxy } from "./counting-proxy";

let upstream: Server;
let upstreamUrl: string;
let proxy: CountingProxy;

beforeAll(async () => {
  upstream = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on("end", () => {
      res.writeHead(req.url === "/missing" ? 404 : 200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({ method: req.method, url: req.url, auth: req.headers.authorization ?? null, body }),
      );
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  const address = upstream.address();
  upstreamUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  proxy = await startCountingProxy({ upstream: upstreamUrl });
});

afterAll(async () => {
  await proxy.close();
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
});

describe("startCountingProxy", () => {
  it("forwards method, headers, body and status, and counts each request by path and query", async () => {
    proxy.reset();
    const answer = await fetch(`${proxy.url}/v1/metrics/a?set=x`, {
      method: "POST",
      headers: { authorization: "Bearer t" },
      body: "hello",
    });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({
      method: "POST",
      url: "/v1/metrics/a?set=x",
      auth: "Bearer t",
      body: "hello",
    });
    await fetch(`${proxy.url}/v1/metrics/a?set=x`);
    await fetch(`${proxy.url}/v1/metrics/b?set=x`);
    expect((await fetch(`${proxy.url}/missing`)).status).toBe(404);

    const counts = await fetchProxyCounts(proxy.url);
    expect(counts).toEqual(proxy.counts());
    expect(counts.total).toBe(4);
    expect(counts.byPath["/v1/metrics/a?set=x"]).toBe(2);
    expect(countFor(counts, "/v1/metrics/")).toBe(3);
  });

  it("counts the bytes of the answers it passes back, by path and query", async () => {
    proxy.reset();
    const first = await (await fetch(`${proxy.url}/v1/metrics/a?set=x`)).arrayBuffer();
    const second = await (await fetch(`${proxy.url}/v1/metrics/b?set=x`)).arrayBuffer();
    const counts = proxy.counts();
    expect(counts.bytesByPath["/v1/metrics/a?set=x"]).toBe(first.byteLength);
    expect(counts.bytes).toBe(first.byteLength + second.byteLength);
  });

  it("does not count its own endpoints, and reset sets the counts to zero", async () => {
    await fetch(`${proxy.url}/v1/basins`);
    await fetchProxyCounts(proxy.url);
    expect(proxy.counts().byPath["/__counting-proxy/counts"]).toBeUndefined();
    expect((await fetch(`${proxy.url}/__counting-proxy/reset`, { method: "POST" })).status).toBe(204);
    expect(proxy.counts()).toEqual({ total: 0, byPath: {}, bytes: 0, bytesByPath: {} });
  });

  it("answers 502 when the upstream is down, and counts the attempt", async () => {
    const dead = await startCountingProxy({ upstream: "http://127.0.0.1:1" });
    try {
      expect((await fetch(`${dead.url}/v1/basins`)).status).toBe(502);
      expect(dead.counts().total).toBe(1);
    } finally {
      await dead.close();
    }
  });
});
