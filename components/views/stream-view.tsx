"use client";

import { formatDateTime } from "@/lib/format/time-labels";
import { Breadcrumbs } from "./breadcrumbs";
import { MetricSetPanel } from "./metric-set-panel";
import { useViewWindow } from "./use-view-window";
import { ViewHeader } from "./view-header";
import { viewSearch } from "./view-search";

export interface StreamViewProps {
  readonly basin: string;
  readonly stream: string;
  /** When S2's listing says the stream was deleted (epoch seconds), or null. */
  readonly deletedAt?: number | null;
  readonly initialNow: number;
}

/** `/basins/[basin]/streams/[stream]`: the stream's stored bytes (minute readings). */
export function StreamView({ basin, stream, deletedAt = null, initialNow }: StreamViewProps) {
  const window = useViewWindow(initialNow);
  const { resolved, now, zone, state } = window;
  return (
    <div className="flex flex-col gap-6">
      <ViewHeader
        breadcrumbs={<Breadcrumbs basin={basin} stream={stream} search={viewSearch(state)} />}
        title={stream}
        subtitle={`Stream in ${basin}`}
        window={window}
      />
      {deletedAt !== null ? (
        <div
          role="status"
          data-testid="stream-deleted"
          className="rounded-lg border border-note-border bg-note-soft px-3 py-2 text-sm text-note"
        >
          <p className="font-medium">Deleted {formatDateTime(deletedAt, zone)}</p>
          <p className="mt-0.5">
            This stream was deleted; it stores nothing after that time, so its storage reads 0 B from then on.
          </p>
        </div>
      ) : null}
      {resolved.ok ? (
        <MetricSetPanel
          title="Storage"
          description="Bytes stored in this stream (metered size, minute readings)"
          target={{ level: "stream", basin, stream }}
          set="storage"
          {...resolved}
          now={now}
          zone={zone}
        />
      ) : null}
    </div>
  );
}
