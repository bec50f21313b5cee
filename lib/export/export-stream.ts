import type { Interval } from "@/lib/s2/contract";
import type { EpochRange } from "@/lib/time-range/epoch-range";
import { csvHeader, csvLines, type ExportContext } from "./csv";
import type { ExportRow } from "./export-rows";
import type { ExportFormat } from "./file-name";
import { jsonRow, jsonSetHead } from "./json";

/** One metric set's rows, ready to serialise. */
export interface SetExport {
  readonly context: ExportContext;
  readonly range: EpochRange;
  readonly interval: Interval;
  /** Made as they are read (`exportRowSequence`): summary rows come last. */
  readonly rows: Iterable<ExportRow> | AsyncIterable<ExportRow>;
}

/** Excel reads a CSV as UTF-8 (names in any script) only when it starts with the byte order mark. */
export const CSV_BOM = "\uFEFF";

/** Rows serialised per chunk: small enough to keep memory flat, big enough to keep the overhead low. */
export const ROWS_PER_CHUNK = 2_000;

/**
 * The export as a byte stream, produced as the reader pulls: one set is fetched (by `sets`) and
 * serialised a chunk of rows at a time, so a 30-day minute export of a whole basin never exists as one
 * string on the server or in the tab. CSV: one header, then every set's rows (summary rows last within
 * each set). JSON: `{"sets":[{...head, "rows":[...], "summary":[...]}, ...]}`.
 *
 * A failure after the first byte cannot change the status any more: the stream errors, so the
 * download fails visibly instead of ending early as a complete-looking file.
 */
export function exportStream(
  format: ExportFormat,
  sets: AsyncIterable<SetExport>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = sets[Symbol.asyncIterator]();
  const pieces = format === "csv" ? csvPieces : jsonPieces;
  let pending: AsyncIterator<string> | null = null;
  let started = false;
  let setIndex = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        for (;;) {
          if (!started) {
            started = true;
            controller.enqueue(encoder.encode(format === "csv" ? CSV_BOM + csvHeader() : '{"sets":['));
            return;
          }
          const next = await pending?.next();
          if (next !== undefined && !next.done) {
            controller.enqueue(encoder.encode(next.value));
            return;
          }
          // The finished set is let go before the next one is fetched: one set in memory at a time.
          pending = null;
          const set = await iterator.next();
          if (set.done) {
            if (format === "json") controller.enqueue(encoder.encode("]}\n"));
            controller.close();
            return;
          }
          pending = pieces(set.value, setIndex++);
        }
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

async function* chunks<T>(items: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const item of items) {
    chunk.push(item);
    if (chunk.length === ROWS_PER_CHUNK) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

async function* csvPieces(set: SetExport): AsyncGenerator<string> {
  for await (const chunk of chunks(set.rows)) yield csvLines(chunk, set.context);
}

async function* jsonPieces(set: SetExport, index: number): AsyncGenerator<string> {
  const head = JSON.stringify(jsonSetHead(set.context, set.range, set.interval));
  yield `${index === 0 ? "" : ","}${head.slice(0, -1)},"rows":[`;
  // The few summary rows are held back for their own field; data rows go out a chunk at a time.
  const summary: ExportRow[] = [];
  let first = true;
  for await (const chunk of chunks(set.rows)) {
    const data = chunk.filter((row) => {
      if (row.kind === "summary") summary.push(row);
      return row.kind !== "summary";
    });
    if (data.length === 0) continue;
    const text = data.map((row) => JSON.stringify(jsonRow(row, set.context.zone))).join(",");
    yield `${first ? "" : ","}${text}`;
    first = false;
  }
  yield `],"summary":[${summary.map((row) => JSON.stringify(jsonRow(row, set.context.zone))).join(",")}]}`;
}
