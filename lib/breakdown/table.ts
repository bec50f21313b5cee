/**
 * Shaping shared by the breakdown tables: sorting by any column, filtering by a substring of the name,
 * paging. Pure, so the server (ranking a 2,000-stream basin) and the browser (the basins table) sort and
 * filter by exactly the same rules.
 */

export type SortDirection = "ascending" | "descending";

export interface SortSpec<K extends string = string> {
  readonly key: K;
  readonly direction: SortDirection;
}

/** A cell's sortable value: a number, a name, or null for "no data" (which always sorts last). */
export type SortValue = number | string | null;

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * Rows sorted by `sort.key`. Rows without a value (no data) go last in both directions, since "no data"
 * is neither the biggest nor the smallest consumer; ties keep name order, so the order is stable across
 * refreshes.
 */
export function sortRows<R extends { readonly name: string }>(
  rows: readonly R[],
  cellValue: (row: R, key: string) => SortValue,
  sort: SortSpec,
): R[] {
  const sign = sort.direction === "ascending" ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = cellValue(x, sort.key);
    const b = cellValue(y, sort.key);
    if (a === null || b === null) {
      if (a !== b) return a === null ? 1 : -1;
    } else {
      const order = compareValues(a, b);
      if (order !== 0) return sign * order;
    }
    return x.name < y.name ? -1 : x.name > y.name ? 1 : 0;
  });
}

/** Case- and width-insensitive form of a name for matching: "Ｇps" and "gps", "É" and "é" (NFC or NFD) meet. */
export function foldName(text: string): string {
  return text.normalize("NFKC").toLocaleLowerCase("und").normalize("NFKC");
}

/** Whether `needle` occurs anywhere in `name` (not only at its start); an empty needle matches all. */
export function nameContains(name: string, needle: string): boolean {
  const folded = foldName(needle.trim());
  return folded === "" || foldName(name).includes(folded);
}

export function filterByName<R extends { readonly name: string }>(rows: readonly R[], needle: string): R[] {
  const folded = foldName(needle.trim());
  if (folded === "") return [...rows];
  return rows.filter((row) => foldName(row.name).includes(folded));
}

export interface Page<R> {
  readonly rows: R[];
  /** 1-based, clamped to the pages there are. */
  readonly page: number;
  /** At least 1, so "page 1 of 1" reads right for an empty table. */
  readonly pages: number;
  readonly total: number;
}

export function pageOf<R>(rows: readonly R[], page: number, size: number): Page<R> {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`page size must be a positive integer, got ${size}`);
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const from = (current - 1) * size;
  return { rows: rows.slice(from, from + size), page: current, pages, total: rows.length };
}
