import { DEMO_TOKEN } from "@/lib/local-s2/tokens";
import {
  listBasinsResponseSchema,
  listStreamsResponseSchema,
  metricSetResponseSchema,
} from "@/lib/s2/contract";
import type { BenchRow } from "./bench-row";
import { median, percentile, timeRuns } from "./stats";

const DAY = 86_400;
const RUNS = 30;

async function getJson(url: string, headers: Record<string, string> = {}): Promise<unknown> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${DEMO_TOKEN}`, ...headers } });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** The basin with the most append operations over the range, found through the API itself. */
async function busiestBasin(s2Url: string, start: number, end: number): Promise<string> {
  const { basins } = listBasinsResponseSchema.parse(await getJson(`${s2Url}/v1/basins`));
  let best = { name: "", total: -1 };
  for (const { name } of basins) {
    const res = metricSetResponseSchema.parse(
      await getJson(`${s2Url}/v1/metrics/${name}?set=append-ops&interval=day&start=${start}&end=${end}`),
    );
    const total = res.values
      .flatMap((m) => ("accumulation" in m ? m.accumulation.values : []))
      .reduce((s, [, v]) => s + v, 0);
    if (total > best.total) best = { name, total };
  }
  return best.name;
}

/** Backend latency for the two heaviest queries the dashboard makes: 30 days at minute resolution. */
export async function runBackendBench(s2Url: string): Promise<BenchRow[]> {
  const end = Math.floor(Date.now() / 1000 / 60) * 60;
  const start = end - 30 * DAY;
  const basin = await busiestBasin(s2Url, start, end);
  const { streams } = listStreamsResponseSchema.parse(
    await getJson(`${s2Url}/v1/streams`, { "s2-basin": basin }),
  );
  const stream = streams.find((s) => !s.deleted_at)?.name ?? "";

  const appendOps = `${s2Url}/v1/metrics/${basin}?set=append-ops&interval=minute&start=${start}&end=${end}`;
  const storage = `${s2Url}/v1/metrics/${basin}/${encodeURIComponent(stream)}?set=storage&start=${start}&end=${end}`;
  const rows: BenchRow[] = [];
  for (const [name, url] of [
    [`30-day minute append-ops, busiest basin (${basin})`, appendOps],
    [`30-day stream storage (${basin}/${stream})`, storage],
  ] as const) {
    const samples = await timeRuns(() => getJson(url), RUNS);
    rows.push({ group: "backend", name: `${name} p50`, value: median(samples), unit: "ms" });
    rows.push({
      group: "backend",
      name: `${name} p95`,
      value: percentile(samples, 95),
      unit: "ms",
      note: `${RUNS} runs`,
    });
  }
  return rows;
}
