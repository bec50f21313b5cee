import type { APIRequestContext } from "@playwright/test";
import { type MetricSetResponse, metricSetResponseSchema } from "@/lib/s2/contract";
import { DEMO_TOKEN, S2_URL } from "./auth";

/**
 * S2's own answer for a metric set, asked of the embedded backend directly with the demo token: what a
 * spec compares the dashboard's figures and files against. `path` is `""`, `basin` or `basin/stream`.
 */
export async function backendMetricSet(
  request: APIRequestContext,
  path: string,
  query: { set: string; start: number; end: number; interval?: string },
): Promise<MetricSetResponse> {
  const params = new URLSearchParams({ set: query.set, start: String(query.start), end: String(query.end) });
  if (query.interval !== undefined) params.set("interval", query.interval);
  const response = await request.get(`${S2_URL}/v1/metrics${path === "" ? "" : `/${path}`}?${params}`, {
    headers: { authorization: `Bearer ${DEMO_TOKEN}` },
  });
  return metricSetResponseSchema.parse(await response.json());
}
