"use client";

import { DownloadIcon } from "@/components/ui/icons";
import { exportPath } from "@/lib/api/export-contract";
import type { Interval } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";

export interface BasinExportLinksProps {
  readonly basin: string;
  /** The view's window and interval; each set is exported as its panel asks it (storage by hour). */
  readonly range: EpochRange;
  readonly interval: Interval;
  readonly zone: string;
}

const LINK =
  "inline-flex h-7 items-center gap-1.5 rounded-md border border-border bg-surface px-2 text-xs font-medium text-fg hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus";

/**
 * The whole basin in one file: plain download links to the export route, which streams every set
 * (a month by minute is tens of megabytes) straight to disk rather than building it in the tab.
 */
export function BasinExportLinks({ basin, range, interval, zone }: BasinExportLinksProps) {
  const href = (format: "csv" | "json") => exportPath({ basin }, { ...range, interval, format, tz: zone });
  return (
    <div className="flex flex-wrap items-center justify-end gap-2 text-xs text-fg-muted">
      <span>All sets of this basin:</span>
      <a href={href("csv")} download className={LINK} aria-label={`Download all sets of ${basin} as CSV`}>
        <DownloadIcon />
        CSV
      </a>
      <a href={href("json")} download className={LINK} aria-label={`Download all sets of ${basin} as JSON`}>
        <DownloadIcon />
        JSON
      </a>
    </div>
  );
}
