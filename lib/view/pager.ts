/**
 * Cursor paging over S2's listings: a page is asked with `start_after` = the last name of the page
 * before, so going back means remembering the cursors that led here.
 */
export interface PagerState {
  readonly prefix: string;
  /** `start_after` of each page after the first, in order. */
  readonly cursors: readonly string[];
}

export const FIRST_PAGE: PagerState = { prefix: "", cursors: [] };

export function startAfter(state: PagerState): string | undefined {
  return state.cursors.at(-1);
}

export function nextPage(state: PagerState, lastName: string): PagerState {
  return { ...state, cursors: [...state.cursors, lastName] };
}

export function previousPage(state: PagerState): PagerState {
  return { ...state, cursors: state.cursors.slice(0, -1) };
}

/** A new filter starts again from the first page. */
export function withPrefix(state: PagerState, prefix: string): PagerState {
  return prefix === state.prefix ? state : { prefix, cursors: [] };
}

export function pageNumber(state: PagerState): number {
  return state.cursors.length + 1;
}
