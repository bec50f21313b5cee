import type { ApiMetric } from "@/lib/api/contract";
import { splitMetricsByType } from "@/lib/chart-data/split-metrics";
import type { Interval, Level } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { setRequest } from "@/lib/time-range/set-interval";
import type { ExportContext } from "./csv";
import { exportRowSequence } from "./export-rows";
import type { SetExport } from "./export-stream";

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
 * Each set's rows, fetched one set at a time as the stream asks for them, so at most one set's answer
 * is held at once. Windows and intervals come from `setRequest`, exactly as the view's panels ask them
 * (basin storage by hour in a minute view), so an export holds the buckets the charts drew.
 */
export async function* exportSets(
  request: ExportRequest,
  fetchSet: FetchSet,
  clock: () => number,
): AsyncGenerator<SetExport> {
  for (const set of request.sets) {
    const view = { range: request.range, interval: request.interval, intervalWasAuto: true };
    const { range, interval } = setRequest(request.level, set, view);
    const response = await fetchSet({ set, range, interval });
    const context: ExportContext = {
      basin: request.basin ?? "",
      stream: request.stream ?? "",
      set,
      zone: request.zone,
    };
    const metrics = splitMetricsByType(response.values);
    const rows = exportRowSequence(metrics, { range, now: clock(), interval, zone: request.zone });
    yield { context, range, interval, rows };
  }
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
