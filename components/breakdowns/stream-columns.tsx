import type { StreamBreakdownRow, StreamFigures, StreamSortKey } from "@/lib/api/breakdown-contract";
import { formatByteHours, formatBytes } from "@/lib/format/bytes";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { streamHref } from "@/lib/view/hrefs";
import { type ChangeSpec, changeColumns, figureColumn, nameColumn, sparklineColumn } from "./columns";
import type { TableColumn } from "./sortable-table";

/** The streams table's figures: the three storage stat cards of a stream's page. */
export const STREAM_FIGURES: readonly {
  key: keyof StreamFigures & StreamSortKey;
  label: string;
  description: string;
  format: (n: number) => string;
}[] = [
  {
    key: "latest",
    label: "Latest",
    description: "Bytes stored at the end of the range",
    format: formatBytes,
  },
  { key: "peak", label: "Peak", description: "The highest level in the range", format: formatBytes },
  {
    key: "byteHours",
    label: "Time-weighted",
    description: "Storage over the range: each reading times the time it was held (GiB·h)",
    format: formatByteHours,
  },
];

export interface StreamColumnOptions {
  readonly basin: string;
  readonly search: string;
  readonly sparklineRange: EpochRange;
  readonly change: ChangeSpec<keyof StreamFigures> | null;
}

export function streamColumns({
  basin,
  search,
  sparklineRange,
  change,
}: StreamColumnOptions): TableColumn<StreamBreakdownRow>[] {
  return [
    nameColumn<StreamBreakdownRow>("Stream", (name) => streamHref(basin, name, search)),
    sparklineColumn<StreamBreakdownRow>(sparklineRange),
    ...STREAM_FIGURES.map((figure) => figureColumn<StreamBreakdownRow>(figure, (row) => row[figure.key])),
    ...changeColumns<keyof StreamFigures, StreamBreakdownRow>(change),
  ];
}
