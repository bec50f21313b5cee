import { bursty, dailyWindow, diurnal, type StreamSpec, streamsOf } from "./specs";

const stream = streamsOf("analytics-raw");

/** Analytics ingestion: only the standard class; daily cycles plus batch jobs that run in one or two UTC hours and leave the rest idle. */
export const ANALYTICS_RAW_STREAMS: readonly StreamSpec[] = [
  stream({
    name: "pageviews",
    activity: diurnal(15, 0.1),
    appendConnections: 4,
    bytesPerMinute: 2_000_000,
    unaryReadsPerMinute: 0.3,
    retentionDays: 3,
    trimHour: 1,
  }),
  stream({
    name: "sessions/web",
    activity: diurnal(14, 0.15),
    appendConnections: 2,
    bytesPerMinute: 500_000,
    unaryReadsPerMinute: 0.5,
    trimHour: 1,
  }),
  stream({
    name: "sessions/mobile",
    activity: diurnal(21, 0.2),
    appendConnections: 2,
    bytesPerMinute: 400_000,
    unaryReadsPerMinute: 0.5,
    trimHour: 1,
  }),
  stream({
    name: "nightly-export",
    activity: dailyWindow(2, 3),
    appendConnections: 4,
    bytesPerMinute: 8_000_000,
    retentionDays: 2,
    trimHour: 12,
  }),
  stream({
    name: "etl/warehouse-load",
    activity: dailyWindow(4, 6, { schedule: "workdays" }),
    appendConnections: 2,
    bytesPerMinute: 3_000_000,
    streamingReaders: 2,
    unaryReadsPerMinute: 1,
    retentionDays: 3,
    trimHour: 12,
  }),
  stream({
    name: "ab-tests",
    activity: diurnal(13, 0.3, { schedule: "workdays" }),
    bytesPerMinute: 100_000,
    unaryReadsPerMinute: 2,
    retentionDays: 14,
    trimHour: 1,
  }),
  stream({
    name: "search queries",
    activity: diurnal(16, 0.1),
    appendConnections: 2,
    bytesPerMinute: 300_000,
    unaryReadsPerMinute: 1,
    trimHour: 1,
  }),
  stream({
    name: "événements-bruts",
    activity: bursty(0.3, 0.1, 20),
    bytesPerMinute: 200_000,
    unaryReadsPerMinute: 0.2,
    retentionDays: 3,
    trimHour: 1,
  }),
];
