import type { BasinBreakdownRow, BasinFigures } from "@/lib/api/breakdown-contract";
import { formatByteHours, formatBytes } from "@/lib/format/bytes";
import { formatCount } from "@/lib/format/count";
import { formatByteHoursAsGiBMonths } from "@/lib/format/gib-months";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { basinHref } from "@/lib/view/hrefs";
import { type ChangeSpec, changeColumns, figureColumn, nameColumn, sparklineColumn } from "./columns";
import type { TableColumn } from "./sortable-table";

/** The figure columns of the basins table and of the account's summary row, in order. */
export const BASIN_FIGURES: readonly {
  /** The column's key (what the table sorts by). */
  column: string;
  /** The figure behind it: GiB-months is the byte-hours total in another unit. */
  figure: keyof BasinFigures;
  label: string;
  description: string;
  format: (n: number) => string;
}[] = [
  {
    column: "storageLatest",
    figure: "storageLatest",
    label: "Storage now",
    description: "Bytes stored at the end of the range",
    format: formatBytes,
  },
  {
    column: "storageByteHours",
    figure: "storageByteHours",
    label: "Storage GiB·h",
    description: "Storage over the range: each reading times the time it was held",
    format: formatByteHours,
  },
  {
    column: "storageGibMonths",
    figure: "storageByteHours",
    label: "GiB-months",
    description: "The same storage over the range in GiB-months (730 GiB-hours)",
    format: formatByteHoursAsGiBMonths,
  },
  {
    column: "bytesAppended",
    figure: "bytesAppended",
    label: "Appended",
    description: "Bytes appended in the range",
    format: formatBytes,
  },
  {
    column: "bytesRead",
    figure: "bytesRead",
    label: "Read",
    description: "Bytes read in the range",
    format: formatBytes,
  },
  // Operations apart by set: append and read operations are billed, basin operations (API calls) are not.
  {
    column: "appendOperations",
    figure: "appendOperations",
    label: "Append ops",
    description: "Append operations in the range",
    format: formatCount,
  },
  {
    column: "readOperations",
    figure: "readOperations",
    label: "Read ops",
    description: "Read operations in the range (unary and streaming)",
    format: formatCount,
  },
  {
    column: "basinOperations",
    figure: "basinOperations",
    label: "Basin ops",
    description: "Basin operations (API calls such as listing or creating streams) in the range; not billed",
    format: formatCount,
  },
];

/** Figures a change column can follow: the sorted one, else storage over the range. */
export function changeFigure(sortKey: string): keyof BasinFigures {
  return BASIN_FIGURES.find((f) => f.column === sortKey)?.figure ?? "storageByteHours";
}

export interface BasinColumnOptions {
  readonly search: string;
  readonly sparklineRange: EpochRange;
  /** Present with compare on: the figure the change column follows, and the header's wording. */
  readonly change: ChangeSpec<keyof BasinFigures> | null;
}

export function basinColumns({
  search,
  sparklineRange,
  change,
}: BasinColumnOptions): TableColumn<BasinBreakdownRow>[] {
  return [
    nameColumn<BasinBreakdownRow>("Basin", (name) => basinHref(name, search)),
    sparklineColumn<BasinBreakdownRow>(sparklineRange, (row) => row.problem),
    ...BASIN_FIGURES.map((figure) =>
      figureColumn<BasinBreakdownRow>({ ...figure, key: figure.column }, (row) => row[figure.figure]),
    ),
    ...changeColumns<keyof BasinFigures, BasinBreakdownRow>(change),
  ];
}

/** A row's value for sorting by a column key. */
export function basinSortValue(row: BasinBreakdownRow, key: string): string | number | null {
  if (key === "name") return row.name;
  const figure = BASIN_FIGURES.find((f) => f.column === key)?.figure;
  return figure === undefined ? null : row[figure];
}
