import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ListBasinsResponse, ListStreamsResponse, Operation } from "@/lib/s2/contract";
import { badPath, badQuery, S2ApiError } from "./errors";
import { applyFault, type FaultSwitch, faultSettingSchema } from "./faults";
import { parseMetricsRequest } from "./metrics-request";
import { answerMetrics } from "./metrics-service";
import { OpsMeter } from "./ops-meter";
import {
  catalogOf,
  hashBatch,
  idempotencyKeySchema,
  MAX_BODY_BYTES,
  parseRecordBatch,
  scopedIdempotencyKey,
  toRecords,
} from "./recording";
import { type CatalogBasin, MAX_RECORD_VALUE } from "./records";
import { parseBasinSegment, parseListParams } from "./request-parsing";
import type { MetricsStore } from "./store";
import { authorise, bearerOf, type LocalToken, type TokenRegistry } from "./tokens";

/**
 * The local backend's HTTP surface: S2's metrics and listing API, plus `/health`, `/local/stats` and the
 * recording API. Every failure is `{code, message}` with S2's status.
 */

export interface LocalS2Deps {
  store: MetricsStore;
  tokens: TokenRegistry;
  /** The test fault switch; absent unless the backend was started with `--faults`. */
  faults?: FaultSwitch;
  /** Epoch seconds; injectable so tests can pin "now". */
  now?: () => number;
  log?: (line: string) => void;
}

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const METRICS_OP: Record<string, Operation> = {
  account: "account-metrics",
  basin: "basin-metrics",
  stream: "stream-metrics",
};

const toIso = (epoch: number) => new Date(epoch * 1000).toISOString();

/**
 * Where the embedded backend's basins live, in S2's `location` form (`<provider>:<region>`, e.g.
 * `aws:us-east-1`): one place, this process, named so that it cannot be mistaken for a cloud region.
 */
export const LOCAL_LOCATION = "local:embedded";

/** A catalog entry as S2's `BasinInfo` / `StreamInfo`. */
function toInfo(item: CatalogBasin) {
  return {
    name: item.name,
    created_at: toIso(item.createdAt),
    deleted_at: item.deletedAt === null ? null : toIso(item.deletedAt),
  };
}

export function createLocalS2Handler(deps: LocalS2Deps) {
  const now = deps.now ?? (() => Math.floor(Date.now() / 1000));
  const meter = new OpsMeter(deps.store, now);
  const stats = { total: 0, metrics: 0, lists: 0, records: 0 };

  const authenticate = (req: IncomingMessage): LocalToken =>
    deps.tokens.authenticate(req.headers.authorization, now());

  function metrics(req: IncomingMessage, segments: string[], query: URLSearchParams): Reply {
    const token = authenticate(req);
    const request = parseMetricsRequest(segments, query, now());
    const op = METRICS_OP[request.level] as Operation;
    authorise(token, op, request.basin, request.stream);
    meter.count(op);
    stats.metrics++;
    return { status: 200, body: answerMetrics(deps.store, request, token.basins) };
  }

  function listBasins(req: IncomingMessage, query: URLSearchParams): Reply {
    const token = authenticate(req);
    const params = parseListParams(query);
    authorise(token, "list-basins");
    meter.count("list-basins");
    stats.lists++;
    const page = deps.store.listBasins({ ...params, scope: token.basins });
    const basins = page.items.map((item) => ({ ...toInfo(item), location: LOCAL_LOCATION }));
    const body: ListBasinsResponse = { basins, has_more: page.hasMore };
    return { status: 200, body };
  }

  function listStreams(req: IncomingMessage, query: URLSearchParams): Reply {
    const token = authenticate(req);
    const header = req.headers["s2-basin"];
    if (typeof header !== "string" || header === "") {
      throw badQuery("the 's2-basin' header is required to list streams on a single-host backend");
    }
    const basin = parseBasinSegment(header);
    const params = parseListParams(query);
    authorise(token, "list-streams", basin);
    meter.count("list-streams");
    stats.lists++;
    if (!deps.store.basinExists(basin)) {
      throw new S2ApiError(
        404,
        "basin_not_found",
        `basin '${basin}' does not exist: check its name in the basin list`,
      );
    }
    const page = deps.store.listStreams(basin, { ...params, scope: token.streams });
    const body: ListStreamsResponse = { streams: page.items.map(toInfo), has_more: page.hasMore };
    return { status: 200, body };
  }

  /**
   * Cheapest refusals first: who is asking, whether they may append at all (before a byte of the body
   * is read), the body's size (declared, then as it streams), then the batch itself (recording.ts).
   */
  async function record(req: IncomingMessage): Promise<Reply> {
    const token = authenticate(req);
    authorise(token, "append");
    const key = idempotencyKeySchema.safeParse(req.headers["idempotency-key"] ?? "");
    if (!key.success)
      throw new S2ApiError(400, "bad_header", key.error.issues[0]?.message ?? "bad Idempotency-Key");
    const batch = parseRecordBatch(await readBody(req, MAX_BODY_BYTES), now());
    for (const basin of new Set([...batch.counters, ...batch.gauges].flatMap((r) => r.basin ?? []))) {
      authorise(token, "append", basin);
    }
    const records = toRecords(batch);
    const result = deps.store.writeIdempotent(
      scopedIdempotencyKey(bearerOf(req.headers.authorization) ?? "", key.data),
      hashBatch(batch),
      records,
      catalogOf(batch),
      now(),
    );
    if (result.kind === "conflict") {
      throw new S2ApiError(
        409,
        "conflict",
        "this Idempotency-Key was already used for a different batch: use a new key",
      );
    }
    if (result.kind === "overflow") {
      throw new S2ApiError(
        422,
        "invalid",
        `counters.${result.index}.value: the recorded sum for this series and second would pass ${MAX_RECORD_VALUE}`,
      );
    }
    stats.records++;
    const body = {
      recorded: { counters: result.counters, gauges: result.gauges },
      duplicate: result.kind === "duplicate",
    };
    return { status: result.kind === "duplicate" ? 200 : 201, body };
  }

  async function route(req: IncomingMessage): Promise<Reply> {
    const raw = req.url ?? "/";
    const q = raw.indexOf("?");
    const pathname = q === -1 ? raw : raw.slice(0, q);
    const query = new URLSearchParams(q === -1 ? "" : raw.slice(q + 1));
    const parts = pathname.split("/").slice(1);
    const method = req.method ?? "GET";
    const expect = (m: string) => {
      if (method !== m)
        throw new S2ApiError(405, "method_not_allowed", `${pathname} answers ${m} only`, { allow: m });
    };

    if (pathname === "/local/v1/records") {
      expect("POST");
      return record(req);
    }
    if (pathname === "/local/faults" && deps.faults) return setFault(req, method, deps.faults);
    expect("GET");
    if (pathname === "/health") return { status: 200, body: { ok: true } };
    if (pathname === "/local/stats") return { status: 200, body: stats };
    if (pathname === "/v1/basins") return listBasins(req, query);
    if (pathname === "/v1/streams") return listStreams(req, query);
    if (parts[0] === "v1" && parts[1] === "metrics") {
      const segments = parts.slice(2);
      if (segments.some((s) => s === "")) throw badPath("the metrics path has an empty segment");
      return metrics(req, segments, query);
    }
    throw new S2ApiError(404, "not_found", `no such endpoint: ${method} ${pathname.slice(0, 200)}`);
  }

  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    stats.total++;
    const fault = deps.faults?.take(req.url ?? "/");
    if (fault && (await applyFault(fault, req, res))) return;
    let reply: Reply;
    try {
      reply = await route(req);
    } catch (error) {
      if (error instanceof S2ApiError) {
        reply = { status: error.status, body: error.toJSON(), headers: error.headers };
      } else {
        deps.log?.(
          `local-s2: internal error on ${req.method} ${req.url}: ${(error as Error).stack ?? error}`,
        );
        reply = { status: 500, body: { code: "internal", message: "the local backend failed; see its log" } };
      }
    }
    const body = JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      // Refused before its body was read: close rather than read (and discard) the rest of it.
      ...(hasUnreadBody(req) ? { connection: "close" } : {}),
      ...reply.headers,
    });
    res.end(body);
  };
  return Object.assign(handler, { flush: () => meter.flush(), stats });
}

async function setFault(req: IncomingMessage, method: string, faults: FaultSwitch): Promise<Reply> {
  if (method === "DELETE") {
    faults.clear();
    return { status: 200, body: { fault: null } };
  }
  if (method !== "PUT")
    throw new S2ApiError(405, "method_not_allowed", "/local/faults answers PUT and DELETE");
  const parsed = faultSettingSchema.safeParse(await readJsonBody(req));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new S2ApiError(422, "invalid", `${issue?.path.join(".") || "(body)"}: ${issue?.message}`);
  }
  faults.set(parsed.data);
  return { status: 200, body: { fault: parsed.data } };
}

function hasUnreadBody(req: IncomingMessage): boolean {
  const declared = req.headers["content-length"];
  const hasBody =
    req.headers["transfer-encoding"] !== undefined || (declared !== undefined && declared !== "0");
  return hasBody && !req.readableEnded;
}

/** The body as text, refused with 413 once it is declared or found to be over `limit` bytes. */
async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const tooLarge = () =>
    new S2ApiError(413, "payload_too_large", `the body is over ${limit} bytes: split the batch`);
  // A declared length over the cap is refused before any of the body is read.
  if (Number(req.headers["content-length"] ?? 0) > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req, MAX_BODY_BYTES);
  try {
    return JSON.parse(text);
  } catch {
    throw new S2ApiError(400, "bad_json", "the body is not valid JSON");
  }
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Listens on `host:port` (port 0 picks a free one). */
export async function listen(deps: LocalS2Deps, port: number, host = "127.0.0.1"): Promise<RunningServer> {
  const handler = createLocalS2Handler(deps);
  const server = createServer((req, res) => void handler(req, res));
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${bound}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        handler.flush();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
