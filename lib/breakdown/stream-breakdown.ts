import "server-only";
import { z } from "zod";
import { ApiError } from "@/lib/api/api-error";
import {
  DEFAULT_STREAM_PAGE_SIZE,
  type StreamBreakdownQuery,
  type StreamBreakdownResponse,
  type StreamBreakdownRow,
  streamBreakdownRowSchema,
} from "@/lib/api/breakdown-contract";
import type { TieredCache } from "@/lib/cache/tiered-cache";
import { mapWithConcurrency, PLANNER_CONCURRENCY } from "@/lib/planner";
import { setRequest } from "@/lib/time-range/set-interval";
import { CACHEABLE_AFTER_SECONDS, type S2Client, tokenKey } from "@/lib/upstream/s2-client";
import { type BreakdownStore, sharedBreakdownStore } from "./breakdown-cache";
import { type BreakdownView, fetchSetAnswer } from "./fetch-set";
import { type ListedName, listAllStreams } from "./list-all";
import type { SetAnswer } from "./rows";
import { streamFigures, streamRow } from "./rows";
import { filterByName, pageOf, type SortSpec, sortRows } from "./table";

/**
 * The basin's streams table. Sorted by name, only the visible page's streams are asked for (a page of
 * 20 is 20 calls, whatever the basin's size). Sorted by a storage figure, the whole basin is ranked once
 * per window: one call per stream through the planner's cap, with progress reported to the pollers, and
 * the ranking cached (keyed by a hash of the token, the basin and the window) so the next look, another
 * page, another filter or the other direction costs no S2 call.
 */

/** Names change rarely and are listed on every page turn: kept briefly. */
const NAMES_TTL_MS = 30_000;
/**
 * An open window's ranking: the key is the exact window, which only the view that asked for it reuses
 * (a relative view moves it at its next refresh), so it may be kept for that view's later looks.
 */
const OPEN_RANKING_TTL_MS = 5 * 60_000;

const rankedSchema = z.array(streamBreakdownRowSchema);
const namesSchema = z.array(z.strictObject({ name: z.string(), deleted: z.boolean() }));

export interface StreamBreakdownDeps {
  readonly now: number;
  readonly closedTtlMs: number;
  readonly signal?: AbortSignal;
  /** Where rankings and name lists are kept; the process's shared one by default. */
  readonly store?: BreakdownStore;
}

export async function fetchStreamBreakdown(
  s2: S2Client,
  token: string,
  basin: string,
  query: StreamBreakdownQuery,
  deps: StreamBreakdownDeps,
): Promise<StreamBreakdownResponse> {
  const sortKey = query.sort ?? "name";
  const sort: SortSpec = {
    key: sortKey,
    direction: (query.dir ?? (sortKey === "name" ? "asc" : "desc")) === "asc" ? "ascending" : "descending",
  };
  const view: BreakdownView = { range: { start: query.start, end: query.end }, interval: query.interval };
  // The ranking's window is the one every stream's storage is asked for (minute-aligned).
  const { range } = setRequest("stream", "storage", { ...view, intervalWasAuto: true });
  const key = `${tokenKey(token)}\0${basin}\0${range.start}\0${range.end}`;
  const closed = range.end <= deps.now - CACHEABLE_AFTER_SECONDS;
  const { cache, rankings } = deps.store ?? sharedBreakdownStore();

  let ranked = await rankings.lookup(key, rankedSchema);
  if (ranked === undefined && sortKey !== "name") {
    const state = await rankings.progress(
      key,
      rankedSchema,
      closed ? deps.closedTtlMs : OPEN_RANKING_TTL_MS,
      (report) => rankBasin(s2, token, basin, view, deps.now, report),
    );
    if (!state.ready) return { status: "ranking", done: state.done, total: state.total };
    ranked = state.value;
  }

  const listed = ranked ?? (await streamNames(s2, token, basin, cache));
  const matching = sortRows(filterByName(listed, query.filter ?? ""), rowValue, sort);
  const page = pageOf(matching, query.page ?? 1, query.size ?? DEFAULT_STREAM_PAGE_SIZE);
  const rows = await withFigures(s2, token, basin, view, page.rows, {
    ...deps,
    compare: query.compare ?? false,
  });
  return {
    status: "ready",
    rows,
    page: page.page,
    pages: page.pages,
    total: page.total,
    streams: listed.length,
  };
}

function rowValue(row: ListedName | StreamBreakdownRow, key: string): string | number | null {
  if (key === "name") return row.name;
  if (!("latest" in row)) return null;
  return key === "latest" ? row.latest : key === "peak" ? row.peak : row.byteHours;
}

async function streamNames(
  s2: S2Client,
  token: string,
  basin: string,
  cache: TieredCache,
): Promise<ListedName[]> {
  const key = `${tokenKey(token)}\0names\0${basin}`;
  const hit = await cache.get(key, namesSchema);
  if (hit !== undefined) return hit;
  const names = await listAllStreams(s2, token, basin);
  await cache.set(key, names, NAMES_TTL_MS);
  return names;
}

/** Every stream of the basin with its figures over the view's window: one call per stream, capped. */
async function rankBasin(
  s2: S2Client,
  token: string,
  basin: string,
  view: BreakdownView,
  now: number,
  report: (done: number, total: number) => void,
): Promise<StreamBreakdownRow[]> {
  const names = await listAllStreams(s2, token, basin);
  report(0, names.length);
  return mapWithConcurrency(
    names,
    PLANNER_CONCURRENCY,
    async ({ name, deleted }) => {
      const answer = await streamStorage(
        s2,
        token,
        { level: "stream", basin, stream: name },
        view,
        "current",
      );
      return streamRow(name, deleted, streamFigures(answer, now), null);
    },
    { onProgress: report },
  );
}

/**
 * The page's rows with their figures: taken from the ranking when there is one, else asked for (one call
 * per stream on the page); with compare, the previous period's too (one more call per stream on the page).
 */
async function withFigures(
  s2: S2Client,
  token: string,
  basin: string,
  view: BreakdownView,
  rows: readonly (ListedName | StreamBreakdownRow)[],
  options: StreamBreakdownDeps & { compare: boolean },
): Promise<StreamBreakdownRow[]> {
  return mapWithConcurrency(
    rows,
    PLANNER_CONCURRENCY,
    async (row) => {
      const target = { level: "stream", basin, stream: row.name } as const;
      const current =
        "latest" in row
          ? row
          : streamRow(
              row.name,
              row.deleted,
              streamFigures(
                await streamStorage(s2, token, target, view, "current", options.signal),
                options.now,
              ),
              null,
            );
      if (!options.compare) return current;
      const before = await streamStorage(s2, token, target, view, "previous", options.signal);
      const { sparkline: _sparkline, ...previous } = streamFigures(before, options.now);
      return { ...current, previous };
    },
    { signal: options.signal },
  );
}

/**
 * A stream's storage answer; a stream outside the token's scope (403) or gone since the listing (404) has
 * no figures rather than failing the whole table, as a basin does in the basins table.
 */
async function streamStorage(
  s2: S2Client,
  token: string,
  target: { level: "stream"; basin: string; stream: string },
  view: BreakdownView,
  period: "current" | "previous",
  signal?: AbortSignal,
): Promise<SetAnswer> {
  try {
    return await fetchSetAnswer(s2, token, target, "storage", view, period, signal);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
      return { values: [], range: view.range };
    }
    throw error;
  }
}
