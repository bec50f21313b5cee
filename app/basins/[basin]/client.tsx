"use client";

import { useState } from "react";
import { ApiErrorPanel } from "@/components/auth/api-error-panel";
import { useBasinMetrics } from "@/lib/api/queries";
import type { Metric } from "@/lib/s2/contract";

const DAY_SECONDS = 86_400;

/** Stub of the basin view: the `storage` set over the last day, or why it cannot be shown. */
export function BasinStorage({ basin }: { basin: string }) {
  const [range] = useState(() => {
    const end = Math.floor(Date.now() / 1000);
    return { start: end - DAY_SECONDS, end };
  });
  const storage = useBasinMetrics(basin, { set: "storage", interval: "hour", ...range });

  if (storage.error?.status === 403) {
    return (
      <div role="alert" className="mt-4 rounded border border-amber-300 bg-amber-50 p-4 dark:bg-amber-950">
        <p className="font-medium">This token cannot see basin {basin}.</p>
        <p className="mt-1 text-sm">Its scope does not include this basin. Sign in with a token that does.</p>
      </div>
    );
  }
  if (storage.error)
    return <ApiErrorPanel title={`Storage of ${basin} could not be loaded`} error={storage.error} />;
  if (storage.isPending) return <p className="mt-4 text-sm text-zinc-500">Loading storage…</p>;
  return (
    <section className="mt-4" aria-label="Storage">
      <h2 className="text-lg font-medium">Storage, last 24 hours</h2>
      <ul className="mt-2 flex flex-col gap-1 text-sm" data-testid="storage-series">
        {storage.data.values.map((metric) => (
          <li key={seriesName(metric)} className="font-mono">
            {summary(metric)}
          </li>
        ))}
        {storage.data.values.length === 0 ? <li>No storage data in this range.</li> : null}
      </ul>
    </section>
  );
}

function seriesName(metric: Metric): string {
  if ("scalar" in metric) return metric.scalar.name;
  if ("accumulation" in metric) return metric.accumulation.name;
  if ("gauge" in metric) return metric.gauge.name;
  return metric.label.name;
}

function summary(metric: Metric): string {
  if ("gauge" in metric) {
    const last = metric.gauge.values.at(-1);
    return `${metric.gauge.name}: ${metric.gauge.values.length} readings, latest ${last ? `${last[1]} ${metric.gauge.unit}` : "none"}`;
  }
  if ("accumulation" in metric)
    return `${metric.accumulation.name}: ${metric.accumulation.values.length} buckets`;
  if ("scalar" in metric) return `${metric.scalar.name}: ${metric.scalar.value} ${metric.scalar.unit}`;
  return `${metric.label.name}: ${metric.label.values.join(", ")}`;
}
