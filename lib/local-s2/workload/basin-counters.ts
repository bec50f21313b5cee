import type { CounterEvent } from "@/lib/local-s2/records";
import { isAlive } from "./activity";
import type { BasinPass } from "./model";
import { pushBasinOps, type ScheduledBasinOps } from "./operations";
import { READ_THROUGHPUT_SERIES } from "./series";
import { STORAGE_CLASSES } from "./specs";
import { isTrimInstant } from "./storage-levels";

/** One minute of a basin's counters: per-stream activity summed per storage class and per read kind. */
export function pushBasinCounters(basin: BasinPass, t: number, out: CounterEvent[]): void {
  pushActivitySums(basin, t, out);
  pushBasinOps(basin.spec, basin.opsKey, t, scheduledOps(basin, t), out);
}

/** The data-plane counters of the streams' `minute` records (one minute, or an hour of the hour tier). */
export function pushActivitySums(basin: BasinPass, t: number, out: CounterEvent[]): void {
  const name = basin.spec.name;
  const live = [false, false];
  const ops = [0, 0];
  const bytes = [0, 0];
  let unary = 0;
  let streaming = 0;
  let readBytes = 0;
  for (const stream of basin.streams) {
    const m = stream.minute;
    if (!m.live) continue;
    const c = STORAGE_CLASSES.indexOf(stream.spec.storageClass);
    live[c] = true;
    ops[c] = (ops[c] ?? 0) + m.appendOps;
    bytes[c] = (bytes[c] ?? 0) + m.appendBytes;
    unary += m.unaryReads;
    streaming += m.streamingReads;
    readBytes += m.readBytes;
  }
  // A class with a live connection is recorded even at 0: a recorded zero is not "no data".
  for (const [c, series] of STORAGE_CLASSES.entries()) {
    if (live[c]) out.push({ ts: t, set: "append-ops", basin: name, series, value: ops[c] ?? 0 });
  }
  for (const [c, series] of STORAGE_CLASSES.entries()) {
    if (live[c]) out.push({ ts: t, set: "append-throughput", basin: name, series, value: bytes[c] ?? 0 });
  }
  if (unary > 0) out.push({ ts: t, set: "read-ops", basin: name, series: "unary", value: unary });
  if (streaming > 0) out.push({ ts: t, set: "read-ops", basin: name, series: "streaming", value: streaming });
  if (readBytes > 0) {
    out.push({
      ts: t,
      set: "read-throughput",
      basin: name,
      series: READ_THROUGHPUT_SERIES,
      value: readBytes,
    });
  }
}

function scheduledOps(basin: BasinPass, t: number): ScheduledBasinOps {
  let created = 0;
  let deleted = 0;
  let trimmed = 0;
  for (const { spec } of basin.streams) {
    if (spec.createdAt === t) created += 1;
    if (spec.deletedAt === t) deleted += 1;
    if (t > spec.createdAt && isAlive(spec, t) && isTrimInstant(spec, t)) trimmed += 1;
  }
  return { "create-stream": created, "delete-stream": deleted, trim: trimmed };
}
