"use client";

import Link from "next/link";
import { useState } from "react";
import { useAccountMetrics, useBasins } from "@/lib/api/queries";
import { ApiErrorPanel } from "./api-error-panel";

const DAY_SECONDS = 86_400;

/**
 * Proof that the session works end to end: the account's active basins and the basins the token can
 * list, both fetched through the proxy. The account view of the views issue replaces it.
 */
export function SignedInPanel() {
  // Fixed at mount: a range that moved on every render would be a new query key every render.
  const [range] = useState(() => {
    const end = Math.floor(Date.now() / 1000);
    return { start: end - DAY_SECONDS, end };
  });
  const activeBasins = useAccountMetrics({ set: "active-basins", ...range });
  const basins = useBasins();
  const activeNames = new Set(
    activeBasins.data?.values.flatMap((metric) => ("label" in metric ? metric.label.values : [])) ?? [],
  );

  return (
    <section className="mt-6 flex flex-col gap-4" aria-label="Basins">
      <h2 className="text-lg font-medium">Basins</h2>
      {activeBasins.error ? (
        <ApiErrorPanel title="Active basins could not be loaded" error={activeBasins.error} />
      ) : null}
      {basins.error ? <ApiErrorPanel title="Basins could not be listed" error={basins.error} /> : null}
      {basins.isPending ? <p className="text-sm text-zinc-500">Loading basins…</p> : null}
      {basins.data ? (
        <ul className="flex flex-col gap-1" data-testid="basin-list">
          {basins.data.basins.map((basin) => (
            <li key={basin.name}>
              <Link href={`/basins/${encodeURIComponent(basin.name)}`} className="font-mono underline">
                {basin.name}
              </Link>
              {activeNames.has(basin.name) ? (
                <span className="ml-2 text-xs text-green-700">active today</span>
              ) : null}
            </li>
          ))}
          {basins.data.basins.length === 0 ? (
            <li className="text-sm text-zinc-500">This token sees no basins.</li>
          ) : null}
        </ul>
      ) : null}
    </section>
  );
}
