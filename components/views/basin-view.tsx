"use client";

import { StreamsBreakdown } from "@/components/breakdowns/streams-breakdown";
import { BasinExportLinks } from "@/components/export/basin-export-links";
import { StreamList } from "@/components/lists/stream-list";
import { useMetrics } from "@/lib/api/queries";
import type { BasinSet, Interval } from "@/lib/s2/contract";
import { setRequest } from "@/lib/time-range/set-interval";
import { Breadcrumbs } from "./breadcrumbs";
import { MetricSetPanel } from "./metric-set-panel";
import { BasinActivityGate } from "./no-activity-card";
import { PanelGrid } from "./panel-grid";
import { useViewWindow } from "./use-view-window";
import { ViewHeader } from "./view-header";
import { viewSearch } from "./view-search";

const BASIN_PANELS: readonly { set: BasinSet; title: string; description: string }[] = [
  { set: "storage", title: "Storage", description: "Bytes stored across the basin (hourly readings)" },
  { set: "append-ops", title: "Append operations", description: "By storage class" },
  { set: "read-ops", title: "Read operations", description: "Unary and streaming reads" },
  { set: "append-throughput", title: "Append throughput", description: "Bytes appended" },
  { set: "read-throughput", title: "Read throughput", description: "Bytes read" },
  { set: "basin-ops", title: "Basin operations", description: "API calls on this basin by type" },
];

/** `/basins/[basin]`: the basin's six metric sets and its streams. */
export function BasinView({ basin, initialNow }: { readonly basin: string; readonly initialNow: number }) {
  const window = useViewWindow(initialNow);
  const { resolved, now, zone, state } = window;
  const search = viewSearch(state);
  return (
    <div className="flex flex-col gap-6">
      <ViewHeader
        breadcrumbs={<Breadcrumbs basin={basin} search={search} />}
        title={basin}
        subtitle="Basin"
        window={window}
      />
      {resolved.ok ? (
        <ScopeGate basin={basin} view={resolved}>
          <BasinExportLinks basin={basin} range={resolved.range} interval={resolved.interval} zone={zone} />
          <BasinActivityGate basin={basin} view={resolved} now={now}>
            <PanelGrid>
              {BASIN_PANELS.map((panel) => (
                <MetricSetPanel
                  key={panel.set}
                  title={panel.title}
                  description={panel.description}
                  target={{ level: "basin", basin }}
                  set={panel.set}
                  {...resolved}
                  now={now}
                  zone={zone}
                />
              ))}
            </PanelGrid>
          </BasinActivityGate>
        </ScopeGate>
      ) : null}
      {resolved.ok ? (
        <StreamsBreakdown
          basin={basin}
          range={resolved.range}
          interval={resolved.interval}
          compare={state.compare}
          search={search}
        />
      ) : (
        <StreamList basin={basin} search={search} zone={zone} />
      )}
    </div>
  );
}

/**
 * Every basin set needs the same permission (`basin-metrics` on this basin), so one 403 speaks for all
 * six panels: say it once, plainly, instead of six identical errors.
 */
function ScopeGate({
  basin,
  view,
  children,
}: {
  readonly basin: string;
  readonly view: { range: { start: number; end: number }; interval: Interval; intervalWasAuto: boolean };
  readonly children: React.ReactNode;
}) {
  // The very request the storage panel makes (same query key), so the gate costs no extra call.
  const { range, interval } = setRequest("basin", "storage", view);
  const storage = useMetrics({ level: "basin", basin }, { set: "storage", ...range, interval });
  if (storage.error?.status !== 403) return <>{children}</>;
  return (
    <div role="alert" className="rounded-xl border border-note-border bg-note-soft p-4 text-sm text-note">
      <p className="font-medium">This token cannot see basin {basin}.</p>
      <p className="mt-1">{storage.error.message}. Sign in with a token whose scope includes this basin.</p>
    </div>
  );
}
