import { dailyWindow, type StreamSpec, steady, streamsOf } from "./specs";
import { utcSeconds } from "./time";

const stream = streamsOf("legacy-batch");

/**
 * A retired pipeline: both streams were deleted on a fixed date, so the basin has had no activity at all
 * since (its storage reads 0): the views' "No activity in this range · last seen" state (issue 14).
 */
export const LEGACY_BATCH_DELETED_AT = utcSeconds(2026, 10, 15, 12);

export const LEGACY_BATCH_STREAMS: readonly StreamSpec[] = [
  stream({
    name: "ingest/raw",
    activity: steady,
    bytesPerMinute: 20_000,
    retentionDays: 3,
    deletedAt: LEGACY_BATCH_DELETED_AT,
  }),
  stream({
    name: "ingest/clean",
    activity: dailyWindow(2, 4),
    bytesPerMinute: 80_000,
    retentionDays: 3,
    deletedAt: LEGACY_BATCH_DELETED_AT,
  }),
];
