import { gunzipSync } from "node:zlib";
import { apiMetricSetResponseSchema, apiPaths } from "@/lib/api/contract";
import { requestPointBudget } from "@/lib/chart-data/point-budget";
import { exactGaugeStats } from "@/lib/chart-data/stat-cards";
import { gaugeStats } from "@/lib/meter/gauge-stats";
import { listStreamsResponseSchema, metricSetResponseSchema } from "@/lib/s2/contract";
import type { BenchRow } from "./bench-row";
import { get } from "./http-client";

/**
 * What the browser downloads for a 30-day view at minute resolution, gzip as it comes over the wire from
 * `next start`: the requests exactly as the dashboard builds them (with its point budget), next to the
 * same request without one. The stream storage answer is also checked for exact stat-card figures
 * against S2's full answer.
 */

export interface PayloadBenchOptions {
  appUrl: string;
  s2Url: string;
  cookie: string;
  token: string;
  basin: string;
}

const DAY = 86_400;
const KB = 1_024;

const plain = (body: Buffer, encoding: string | undefined) => (encoding === "gzip" ? gunzipSync(body) : body);
const decode = (body: Buffer, encoding: string | undefined): unknown =>
  JSON.parse(plain(body, encoding).toString("utf8"));

export async function runPayloadBench(opts: PayloadBenchOptions): Promise<BenchRow[]> {
  const listing = await get(`${opts.s2Url}/v1/streams`, {
    authorization: `Bearer ${opts.token}`,
    "s2-basin": opts.basin,
  });
  const stream = listStreamsResponseSchema
    .parse(JSON.parse(listing.body.toString()))
    .streams.find((s) => !s.deleted_at)?.name;
  if (!stream) throw new Error(`${opts.basin} has no stream to measure`);
  const end = Math.floor(Date.now() / 1000) - 120;
  const range = { start: end - 30 * DAY, end };
  const points = requestPointBudget(range, 60);
  const views = [
    {
      label: "30-day stream storage (minute readings)",
      targetId: "payload.storage",
      path: (p?: number) =>
        apiPaths.streamMetrics(opts.basin, stream, {
          set: "storage",
          ...range,
          interval: "minute",
          points: p,
        }),
    },
    {
      label: "30-day basin append-ops by minute",
      targetId: "payload.append-ops",
      path: (p?: number) =>
        apiPaths.basinMetrics(opts.basin, { set: "append-ops", ...range, interval: "minute", points: p }),
    },
  ];
  const rows: BenchRow[] = [];
  for (const view of views) {
    const asSent = await get(`${opts.appUrl}${view.path(points)}`, { cookie: opts.cookie });
    const unbudgeted = await get(`${opts.appUrl}${view.path()}`, { cookie: opts.cookie });
    if (asSent.status !== 200 || unbudgeted.status !== 200) {
      throw new Error(`${view.label}: the proxy answered ${asSent.status} / ${unbudgeted.status}`);
    }
    const kb = asSent.wireBytes / KB;
    rows.push({
      group: "payload",
      name: `${view.label}, as the dashboard asks (gzip)`,
      value: kb,
      unit: "KB",
      target: "<= 64 KB",
      targetId: view.targetId,
      pass: kb <= 64,
      note:
        `points=${points}, ${(plain(asSent.body, asSent.encoding).length / KB).toFixed(0)} KB of JSON; ` +
        `without a budget ${(unbudgeted.wireBytes / KB).toFixed(0)} KB gzip, ` +
        `${(plain(unbudgeted.body, unbudgeted.encoding).length / KB).toFixed(0)} KB of JSON`,
    });
  }

  // The stat cards must not change with the budget: compare with S2's own full answer.
  const full = metricSetResponseSchema.parse(
    JSON.parse(
      (
        await get(
          `${opts.s2Url}/v1/metrics/${opts.basin}/${encodeURIComponent(stream)}?set=storage&start=${range.start}&end=${range.end}&interval=minute`,
          { authorization: `Bearer ${opts.token}` },
        )
      ).body.toString(),
    ),
  );
  const budgeted = await get(`${opts.appUrl}${views[0]?.path(points)}`, { cookie: opts.cookie });
  const reduced = apiMetricSetResponseSchema.parse(decode(budgeted.body, budgeted.encoding));
  const [exact] = full.values.flatMap((m) => ("gauge" in m ? [m.gauge] : []));
  const [shown] = reduced.values.flatMap((m) => ("gauge" in m ? [m.gauge] : []));
  if (exact && shown) {
    const now = Math.floor(Date.now() / 1000);
    const a = gaugeStats(exact.values, range, { now });
    const b = exactGaugeStats(shown, range, now);
    const same =
      a.totalUnitSeconds === b.totalUnitSeconds &&
      a.latest?.value === b.latest?.value &&
      a.peak?.value === b.peak?.value;
    rows.push({
      group: "payload",
      name: "30-day stream storage stat cards equal S2's full answer",
      value: same ? 1 : 0,
      unit: "",
      target: "exact",
      targetId: "payload.stat-cards",
      pass: same,
      note: `${exact.values.length} readings sent as ${shown.values.length}; GiB·h ${((b.totalUnitSeconds ?? 0) / 3_600 / 2 ** 30).toFixed(3)}`,
    });
  }
  return rows;
}
