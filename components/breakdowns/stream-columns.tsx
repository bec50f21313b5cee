import type { StreamBreakdownRow, StreamFigures, StreamSortKey } from "@/lib/api/breakdown-contract";
import { formatByteHours, formatBytes } from "@/lib/format/bytes";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { streamHref } from "@/lib/view/hrefs";
import { ChangeCell, FigureCell, NameCell } from "./figure-cell";
import type { TableColumn } from "./sortable-table";
import { Sparkline } from "./sparkline";

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
  readonly change: { readonly figure: keyof StreamFigures; readonly label: string } | null;
}

export function streamColumns({
  basin,
  search,
  sparklineRange,
  change,
}: StreamColumnOptions): TableColumn<StreamBreakdownRow>[] {
  const columns: TableColumn<StreamBreakdownRow>[] = [
    {
      key: "name",
      label: "Stream",
      sortable: true,
      cell: (row) => (
        <NameCell name={row.name} href={streamHref(basin, row.name, search)} deleted={row.deleted} />
      ),
    },
    {
      key: "sparkline",
      label: "Storage",
      description: "Bytes stored over the range",
      cell: (row) => <Sparkline points={row.sparkline} range={sparklineRange} />,
    },
    ...STREAM_FIGURES.map(
      (figure): TableColumn<StreamBreakdownRow> => ({
        key: figure.key,
        label: figure.label,
        description: figure.description,
        numeric: true,
        sortable: true,
        raw: (row) => row[figure.key],
        cell: (row) => <FigureCell value={row[figure.key]} format={figure.format} />,
      }),
    ),
  ];
  if (change !== null) {
    columns.push({
      key: "change",
      label: change.label,
      description: "Change against the period of the same length just before",
      numeric: true,
      cell: (row) => (
        <ChangeCell current={row[change.figure]} previous={row.previous?.[change.figure] ?? null} />
      ),
    });
  }
  return columns;
}
