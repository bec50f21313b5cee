import { bursty, diurnal, type StreamSpec, steady, streamsOf } from "./specs";

const stream = streamsOf("iot-telemetry");

/** Device telemetry: steady high-volume sensors (standard) and small express streams that are often idle. */
export const IOT_TELEMETRY_STREAMS: readonly StreamSpec[] = [
  stream({
    name: "données-capteur",
    activity: steady,
    appendConnections: 8,
    bytesPerMinute: 3_000_000,
    streamingReaders: 2,
    unaryReadsPerMinute: 1,
    retentionDays: 3,
  }),
  stream({
    name: "sensors/temperature",
    activity: steady,
    appendConnections: 4,
    bytesPerMinute: 400_000,
    unaryReadsPerMinute: 2,
    retentionDays: 14,
  }),
  stream({
    name: "sensors/humidity",
    activity: steady,
    appendConnections: 4,
    bytesPerMinute: 350_000,
    unaryReadsPerMinute: 1,
    retentionDays: 14,
  }),
  stream({
    name: "sensors/vibration",
    storageClass: "express",
    activity: bursty(0, 0.12, 30),
    appendConnections: 2,
    bytesPerMinute: 50_000,
  }),
  // The account's lone always-connected express stream, often quiet: the source of recorded zeros.
  stream({
    name: "gateway heartbeats",
    storageClass: "express",
    activity: steady,
    bytesPerMinute: 8_000,
    quietShare: 0.15,
    retentionDays: 1,
  }),
  stream({
    name: "firmware/updates",
    activity: { ...steady, hourlyChance: 0.15 },
    bytesPerMinute: 5_000_000,
    streamingReaders: 0,
    unaryReadsPerMinute: 3,
    retentionDays: 30,
  }),
  stream({
    name: "fleet/gps-追踪",
    activity: diurnal(8, 0.4),
    appendConnections: 3,
    bytesPerMinute: 600_000,
    streamingReaders: 2,
    unaryReadsPerMinute: 4,
    retentionDays: 3,
  }),
  stream({
    name: "alerts",
    storageClass: "express",
    activity: { ...steady, hourlyChance: 0.25 },
    bytesPerMinute: 5_000,
    streamingReaders: 2,
    unaryReadsPerMinute: 1,
    retentionDays: 30,
  }),
];
