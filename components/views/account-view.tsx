"use client";

import { AccountBreakdown } from "@/components/breakdowns/account-breakdown";
import { BasinList } from "@/components/lists/basin-list";
import { MonthToDateCosts } from "@/components/pricing/month-to-date-costs";
import { basinHref } from "@/lib/view/hrefs";
import { MetricSetPanel } from "./metric-set-panel";
import { useViewWindow } from "./use-view-window";
import { ViewHeader } from "./view-header";
import { viewSearch } from "./view-search";

/** `/`: the account's active basins, its operations by type, its summary row and its basins table. */
export function AccountView({ initialNow }: { readonly initialNow: number }) {
  const window = useViewWindow(initialNow);
  const { resolved, now, zone, state } = window;
  const search = viewSearch(state);
  return (
    <div className="flex flex-col gap-6">
      <ViewHeader title="Account" subtitle="Usage across every basin this token can see" window={window} />
      {/* Only with a price list (components/pricing); the month is the calendar month, whatever the range. */}
      <MonthToDateCosts now={now} />
      {resolved.ok ? (
        <div className="flex flex-col gap-4">
          <MetricSetPanel
            title="Active basins"
            description="Basins with at least one stream in this range"
            target={{ level: "account" }}
            set="active-basins"
            placeholder="chips"
            labelNoun={{ one: "active basin", many: "active basins" }}
            labelHref={(name) => basinHref(name, search)}
            {...resolved}
            now={now}
            zone={zone}
          />
          <MetricSetPanel
            title="Account operations"
            description="API calls by operation type, including this dashboard's own metrics calls"
            target={{ level: "account" }}
            set="account-ops"
            {...resolved}
            now={now}
            zone={zone}
          />
        </div>
      ) : null}
      {/* The summary row and the basins table need a window; without one, the plain listing still navigates. */}
      {resolved.ok ? (
        <AccountBreakdown
          range={resolved.range}
          interval={resolved.interval}
          compare={state.compare}
          search={search}
        />
      ) : (
        <BasinList search={search} zone={zone} />
      )}
    </div>
  );
}
