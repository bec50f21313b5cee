import { FLEET_SPEC } from "./fleet";
import { type BasinSpec, basin, type StreamSpec } from "./specs";
import { ANALYTICS_RAW_STREAMS } from "./streams-analytics-raw";
import { IOT_TELEMETRY_STREAMS } from "./streams-iot-telemetry";
import { LEGACY_BATCH_STREAMS } from "./streams-legacy-batch";
import { PROD_EVENTS_STREAMS } from "./streams-prod-events";
import { STAGING_SANDBOX_STREAMS } from "./streams-staging-sandbox";

/** The simulated account: its basins, and their streams (one table per basin beside this file). */

export const BASINS: readonly BasinSpec[] = [
  basin("prod-events", 1),
  basin("analytics-raw", 0.6),
  basin("iot-telemetry", 0.8),
  basin("staging-sandbox", 0.4, { opsSchedule: "work-hours", scratchStreamsPerMinute: 0.01 }),
  // Has no streams, so active-basins must leave it out.
  basin("archive-cold", 0),
  // Its streams were deleted in October: no activity at all since (the empty state of the views).
  basin("legacy-batch", 0),
  // 2,000 closed-form device streams (fleet.ts), not in STREAMS: they are generated apart.
  FLEET_SPEC,
];

export const STREAMS: readonly StreamSpec[] = [
  ...PROD_EVENTS_STREAMS,
  ...ANALYTICS_RAW_STREAMS,
  ...IOT_TELEMETRY_STREAMS,
  ...STAGING_SANDBOX_STREAMS,
  ...LEGACY_BATCH_STREAMS,
];

export { STORAGE_CLASSES, type StorageClass } from "./specs";
export { LEGACY_BATCH_DELETED_AT } from "./streams-legacy-batch";
export { DELETED_STREAM_DELETED_AT, RECENT_STREAM_CREATED_AT } from "./streams-prod-events";
