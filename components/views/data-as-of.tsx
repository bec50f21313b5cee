"use client";

import { useIsFetching } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { formatClock } from "@/lib/format/time-labels";

/**
 * When the view's metrics last finished loading, in the view's zone and naming it ("Data as of 14:05
 * (Europe/Berlin)"), since a bare clock time is ambiguous once the zone is a choice; "Updating" while
 * any loads.
 */
export function DataAsOf({ zone }: { readonly zone: string | undefined }) {
  const fetching = useIsFetching({ queryKey: ["metrics"] });
  const [asOf, setAsOf] = useState<number | null>(null);
  useEffect(() => {
    if (fetching === 0) setAsOf(Math.floor(Date.now() / 1000));
  }, [fetching]);
  return (
    <p className="text-xs tabular-nums text-fg-muted" aria-live="polite" data-testid="data-as-of">
      {fetching > 0
        ? "Updating…"
        : asOf === null
          ? "\u00a0"
          : `Data as of ${formatClock(asOf, zone)}${zone ? ` (${zone.replaceAll("_", " ")})` : ""}`}
    </p>
  );
}
