import type { ApiMetric } from "@/lib/api/contract";
import { splitMetricsByType } from "@/lib/chart-data/split-metrics";
import { isAccumulationSet } from "@/lib/planner/fetch-interval";
import { splitIntoWindows } from "@/lib/planner/windows";
import { INTERVAL_SECONDS, type Interval, type Level } from "@/lib/s2/contract";
import { alignDown, type EpochRange } from "@/lib/time-range/epoch-range";
import { setRequest } from "@/lib/time-range/set-interval";
import type { ExportContext } from "./csv";
import {
  dataRowSequence,
  type ExportRow,
  type ExportRowOptions,
  exportRowSequence,
  labelRows,
  summaryRows,
} from "./export-rows";
import type { SetExport } from "./export-stream";
import { emptyFold, foldedMetrics, foldWindow } from "./fold-stats";

/** What an export asks for: a level's target, its sets, and the view's window, interval and zone. */
export interface ExportRequest {
  readonly level: Level;
  readonly basin?: string;
  readonly stream?: string;
  readonly sets: readonly string[];
  readonly range: EpochRange;
  readonly interval: Interval;
  readonly zone: string;
}

/** One set's window as the view asks it: the set's own interval, its start on that interval's boundary. */
export interface SetWindow {
  readonly set: string;
  readonly range: EpochRange;
  readonly interval: Interval;
}

/** Fetches one set's metrics (through the planner / the S2 client: injected, so this stays testable). */
export type FetchSet = (window: SetWindow) => Promise<{ readonly values: readonly ApiMetric[] }>;

/**
 * Past this many buckets per series (a week by minute), a counter set is fetched in windows of
 * `EXPORT_WINDOW_SECONDS`: a month by minute of a busy basin's set is hundreds of thousands of points,
 * and holding S2's whole answer (parsed and validated) is what would weigh on the server, not the rows.
 */
export const WINDOWED_AFTER_BUCKETS = 10_000;
export const EXPORT_WINDOW_SECONDS = 5 * 86_400;

/**
 * Each set's rows, fetched one set at a time as the stream asks for them, so at most one set's answer
 * (or one window of it) is held at once. Windows and intervals come from `setRequest`, exactly as the
 * view's panels ask them (basin storage by hour in a minute view), so an export holds the buckets the
 * charts drew. A long set's summary rows are the stat cards of the whole range, folded window by
 * window (`foldWindow`). The first call of each set is made before its rows are asked for, so a refused
 * first set still answers with its own status.
 */
export async function* exportSets(
  request: ExportRequest,
  fetchSet: FetchSet,
  clock: () => number,
): AsyncGenerator<SetExport> {
  for (const set of request.sets) {
    const view = { range: request.range, interval: request.interval, intervalWasAuto: true };
    const { range, interval } = setRequest(request.level, set, view);
    const context: ExportContext = {
      basin: request.basin ?? "",
      stream: request.stream ?? "",
      set,
      zone: request.zone,
    };
    const seconds = INTERVAL_SECONDS[interval];
    const buckets = Math.ceil((range.end - alignDown(range.start, seconds)) / seconds);
    // Only counters are cut: a bucket never straddles a window, whereas a gauge's reading is held until
    // the next one, which may lie in the next window (and one gauge is light enough in one piece).
    const cut = buckets > WINDOWED_AFTER_BUCKETS && isAccumulationSet(request.level, set);
    const windows = cut ? splitIntoWindows(range, { maxSeconds: EXPORT_WINDOW_SECONDS }) : [range];
    const first = await fetchSet({ set, range: windows[0] ?? range, interval });
    const options = { now: clock(), interval, zone: request.zone };
    if (windows.length === 1) {
      const rows = exportRowSequence(splitMetricsByType(first.values), { ...options, range });
      yield { context, range, interval, rows };
      continue;
    }
    yield {
      context,
      range,
      interval,
      rows: windowedRows(set, windows, first, fetchSet, { ...options, range }),
    };
  }
}

async function* windowedRows(
  set: string,
  windows: readonly EpochRange[],
  first: Awaited<ReturnType<FetchSet>>,
  fetchSet: FetchSet,
  opts: ExportRowOptions,
): AsyncGenerator<ExportRow> {
  const fold = emptyFold();
  let answer: Awaited<ReturnType<FetchSet>> | null = first;
  for (const [i, window] of windows.entries()) {
    answer ??= await fetchSet({ set, range: window, interval: opts.interval });
    const metrics = splitMetricsByType(answer.values);
    answer = null; // one window's answer at a time
    foldWindow(fold, metrics, window, opts.now);
    yield* dataRowSequence(metrics, { ...opts, range: window });
    if (i === 0) yield* labelRows(metrics, opts);
  }
  yield* summaryRows(foldedMetrics(fold), opts);
}

/**
 * The async iterable with its first item already awaited: a route awaits it before answering, so that
 * a refused token or a bad request still gets its own status rather than a broken 200 stream.
 */
export async function prefetchFirst<T>(items: AsyncIterable<T>): Promise<AsyncIterable<T>> {
  const iterator = items[Symbol.asyncIterator]();
  const first = await iterator.next();
  return {
    async *[Symbol.asyncIterator]() {
      if (first.done) return;
      yield first.value;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    },
  };
}
