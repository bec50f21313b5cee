import type { GaugeReading } from "@/lib/local-s2/records";
import type { BasinPass } from "./model";
import { HOUR } from "./time";

/**
 * One meter tick of a basin's storage gauges. A reading is emitted when the level changed since the
 * previous tick, at every full hour (so a chart of any hour has a reading to carry forward), at
 * creation, and as a final 0 at deletion. The basin reading is the sum of its streams at that instant.
 */
export function pushStorageReadings(basin: BasinPass, t: number, out: GaugeReading[]): void {
  if (t < basin.spec.createdAt) return;
  const name = basin.spec.name;
  const onTheHour = t % HOUR === 0;
  let total = 0;
  for (const stream of basin.streams) {
    const { createdAt, deletedAt } = stream.spec;
    if (t < createdAt || (deletedAt !== null && t > deletedAt)) continue;
    if (t === deletedAt) {
      out.push({ ts: t, basin: name, stream: stream.spec.name, value: 0 });
      stream.previousLevel = 0;
      continue;
    }
    const level = stream.base + stream.partial;
    if (onTheHour || t === createdAt || level !== stream.previousLevel) {
      out.push({ ts: t, basin: name, stream: stream.spec.name, value: level });
    }
    stream.previousLevel = level;
    total += level;
  }
  if (onTheHour || t === basin.spec.createdAt || total !== basin.previousLevel) {
    out.push({ ts: t, basin: name, stream: null, value: total });
  }
  basin.previousLevel = total;
}
