import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { listBasinsResponseSchema } from "@/lib/s2/contract";
import { ApiError } from "./api-error";
import { fetchApi, fetchJson } from "./fetch-api";

function answer(status: number, body: unknown) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(JSON.stringify(body), { status })),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("fetchApi", () => {
  it("returns an answer that matches the schema", async () => {
    answer(200, { basins: [], has_more: false });
    await expect(fetchApi("/api/basins", listBasinsResponseSchema)).resolves.toEqual({
      basins: [],
      has_more: false,
    });
  });

  it("rebuilds the API's {code, message} error", async () => {
    answer(403, { code: "permission_denied", message: "not your basin" });
    const error = await failure(fetchApi("/api/basins", listBasinsResponseSchema));
    expect([error.status, error.code, error.message]).toEqual([403, "permission_denied", "not your basin"]);
  });

  it("refuses an answer of the wrong shape", async () => {
    answer(200, { basins: "many" });
    expect((await failure(fetchApi("/api/basins", listBasinsResponseSchema))).code).toBe("bad_gateway");
  });

  it("turns a network failure into an ApiError worth retrying", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    expect((await failure(fetchApi("/api/basins", listBasinsResponseSchema))).status).toBe(503);
  });
});

describe("fetchJson, against a real HTTP server", () => {
  let server: Server;
  let base: string;
  const received: { method?: string; headers: IncomingMessage["headers"]; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => {
        body += chunk;
      });
      req.on("end", () => {
        received.push({ method: req.method, headers: req.headers, body });
        res.setHeader("content-type", "application/json");
        if (req.url === "/refuse") {
          res.statusCode = 413;
          res.end(JSON.stringify({ code: "payload_too_large", message: "too big" }));
        } else res.end(JSON.stringify({ ok: true }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const okSchema = z.object({ ok: z.literal(true) });

  it("posts a body as JSON, with the caller's headers", async () => {
    await expect(
      fetchJson(`${base}/mint`, okSchema, {
        credentials: "omit",
        body: { a: 1 },
        headers: { authorization: "Embed t" },
      }),
    ).resolves.toEqual({ ok: true });
    const last = received.at(-1);
    expect(last?.method).toBe("POST");
    expect(last?.headers["content-type"]).toBe("application/json");
    expect(last?.headers.authorization).toBe("Embed t");
    expect(JSON.parse(last?.body ?? "")).toEqual({ a: 1 });
  });

  it("gets without a body, and rebuilds an error answer as the same ApiError", async () => {
    await fetchJson(`${base}/config`, okSchema, { credentials: "same-origin" });
    expect(received.at(-1)?.method).toBe("GET");
    const error = await failure(fetchJson(`${base}/refuse`, okSchema, { credentials: "omit", body: {} }));
    expect([error.status, error.code, error.message]).toEqual([413, "payload_too_large", "too big"]);
  });
});
