/** One page of a long table: which rows it shows, clamped to the rows there are. */
export interface TablePage {
  /** 0-based page shown (clamped). */
  readonly page: number;
  readonly pageCount: number;
  /** Index of the first row on the page, and one past the last. */
  readonly from: number;
  readonly to: number;
}

/** Rows a table page holds: a page of 100 keeps a 43,200-row month by minute light for screen readers. */
export const TABLE_PAGE_SIZE = 100;

/**
 * The page holding rows `[from, to)`. A page past the end (the data shrank after a refresh) shows the
 * last page rather than nothing; an empty table has one empty page.
 */
export function tablePage(rowCount: number, page: number, pageSize: number = TABLE_PAGE_SIZE): TablePage {
  const pageCount = Math.max(1, Math.ceil(rowCount / pageSize));
  const shown = Math.min(Math.max(0, Math.floor(page)), pageCount - 1);
  const from = shown * pageSize;
  return { page: shown, pageCount, from, to: Math.min(rowCount, from + pageSize) };
}
