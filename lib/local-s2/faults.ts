import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { S2_ERROR_CATALOGUE, S2_ERROR_CODES } from "@/lib/s2/contract";

/**
 * A fault switch for tests, on the S2 API paths only (`/v1/...`): latency, an error status, any error of
 * S2's catalogue by its code (`{"kind": "s2_error", "code": "hot_server"}`, with S2's status for it), 429
 * with Retry-After, malformed or wrongly shaped JSON, a body cut short, a reset connection. Enabled with
 * the CLI's `--faults`; set with `PUT /local/faults`, cleared with `DELETE /local/faults`. `times` limits a
 * fault to the next N requests, so recovery can be tested without a second call.
 */

const retryAfterSeconds = z.number().int().min(0).max(3_600);

export const faultSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("latency"), ms: z.number().int().min(0).max(120_000) }),
  z.strictObject({
    kind: z.literal("status"),
    status: z.number().int().min(400).max(599),
    code: z.string().default("unavailable"),
    message: z.string().default("injected fault: the backend is unavailable"),
    retryAfter: retryAfterSeconds.optional(),
  }),
  z.strictObject({
    kind: z.literal("s2_error"),
    code: z.enum(S2_ERROR_CODES),
    message: z.string().optional(),
    retryAfter: retryAfterSeconds.optional(),
  }),
  z.strictObject({ kind: z.literal("rate_limited"), retryAfter: retryAfterSeconds }),
  z.strictObject({ kind: z.literal("malformed_json") }),
  z.strictObject({ kind: z.literal("wrong_shape") }),
  z.strictObject({ kind: z.literal("truncated") }),
  z.strictObject({ kind: z.literal("reset") }),
]);
export const faultSettingSchema = z.intersection(
  faultSchema,
  z.object({
    times: z.number().int().positive().optional(),
    pathPrefix: z.string().startsWith("/v1").optional(),
    /** Only requests whose path-and-query contains this, e.g. `set=read-ops`, so one panel can fail. */
    urlContains: z.string().min(1).optional(),
  }),
);
export type FaultSetting = z.infer<typeof faultSettingSchema>;

export class FaultSwitch {
  private setting: FaultSetting | null = null;
  private remaining = Number.POSITIVE_INFINITY;

  set(setting: FaultSetting): void {
    this.setting = setting;
    this.remaining = setting.times ?? Number.POSITIVE_INFINITY;
  }

  clear(): void {
    this.setting = null;
  }

  current(): FaultSetting | null {
    return this.setting;
  }

  /** The fault to apply to this request, counting it against `times`. */
  take(url: string): FaultSetting | null {
    const s = this.setting;
    if (!s || !url.startsWith(s.pathPrefix ?? "/v1/")) return null;
    if (s.urlContains !== undefined && !url.includes(s.urlContains)) return null;
    this.remaining -= 1;
    if (this.remaining <= 0) this.setting = null;
    return s;
  }
}

/**
 * Applies a fault. Returns true when the fault has answered (or killed) the request; false when the
 * request should go on (latency has then already been waited out).
 */
export async function applyFault(
  fault: FaultSetting,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const send = (status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(body);
  };
  switch (fault.kind) {
    case "latency":
      await new Promise((r) => setTimeout(r, fault.ms));
      return false;
    case "status":
    case "s2_error": {
      const status = fault.kind === "status" ? fault.status : S2_ERROR_CATALOGUE[fault.code].status;
      const message = fault.message ?? `injected fault: ${fault.code}`;
      const headers: Record<string, string> = {};
      if (fault.retryAfter !== undefined) headers["retry-after"] = String(fault.retryAfter);
      send(status, JSON.stringify({ code: fault.code, message }), headers);
      return true;
    }
    case "rate_limited":
      send(429, JSON.stringify({ code: "rate_limited", message: "injected fault: slow down" }), {
        "retry-after": String(fault.retryAfter),
      });
      return true;
    case "malformed_json":
      send(200, '{"values": [{"gauge": {"name": "storage", "unit": "bytes", "values": [[1, 2],');
      return true;
    case "wrong_shape":
      send(200, JSON.stringify({ values: [{ gauge: { name: 7, unit: "furlongs", values: "lots" } }] }));
      return true;
    case "truncated":
      res.writeHead(200, { "content-type": "application/json", "content-length": "4096" });
      res.write('{"values": [');
      await new Promise((r) => setTimeout(r, 20));
      req.socket.destroy();
      return true;
    case "reset":
      req.socket.destroy();
      return true;
  }
}
