import { bursty, diurnal, type StreamSpec, steady, streamsOf, workHoursOnly } from "./specs";

const stream = streamsOf("staging-sandbox");

/** A sandbox used in office hours only, so the basin has whole hours (nights, weekends) with no appends at all. */
export const STAGING_SANDBOX_STREAMS: readonly StreamSpec[] = [
  stream({
    name: "test-orders",
    activity: workHoursOnly(steady),
    bytesPerMinute: 40_000,
    unaryReadsPerMinute: 2,
    retentionDays: 1,
  }),
  stream({
    name: "load test",
    activity: workHoursOnly(bursty(0.1, 0.3, 40)),
    bytesPerMinute: 100_000,
    unaryReadsPerMinute: 5,
    retentionDays: 1,
  }),
  stream({
    name: "scratch/dev-alice",
    activity: workHoursOnly({ ...steady, hourlyChance: 0.4 }),
    bytesPerMinute: 10_000,
    streamingReaders: 0,
    unaryReadsPerMinute: 1,
    retentionDays: 1,
  }),
  stream({
    name: "ci/integration",
    activity: workHoursOnly(diurnal(13, 0.2, { hourlyChance: 0.7 })),
    appendConnections: 2,
    bytesPerMinute: 60_000,
    unaryReadsPerMinute: 3,
    retentionDays: 1,
  }),
];
