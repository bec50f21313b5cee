"use client";

import { Breadcrumbs } from "./breadcrumbs";
import { MetricSetPanel } from "./metric-set-panel";
import { useViewWindow } from "./use-view-window";
import { ViewHeader } from "./view-header";
import { viewSearch } from "./view-search";

export interface StreamViewProps {
  readonly basin: string;
  readonly stream: string;
  readonly initialNow: number;
}

/** `/basins/[basin]/streams/[stream]`: the stream's stored bytes (minute readings). */
export function StreamView({ basin, stream, initialNow }: StreamViewProps) {
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
