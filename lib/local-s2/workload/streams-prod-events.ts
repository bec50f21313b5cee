import { bursty, diurnal, type StreamSpec, steady, streamsOf } from "./specs";
import { utcSeconds } from "./time";

/** Fixed dates (see ANCHOR): a recent stream and a deleted one, whatever the current date. */
export const RECENT_STREAM_CREATED_AT = utcSeconds(2026, 11, 15, 9, 30);
export const DELETED_STREAM_DELETED_AT = utcSeconds(2026, 11, 10, 14, 0);

const stream = streamsOf("prod-events");

/** Production traffic: orders by region on daily cycles, express payments, a bursty stream, one deleted stream and one created recently. */
export const PROD_EVENTS_STREAMS: readonly StreamSpec[] = [
  stream({
    name: "orders/eu-west",
    activity: diurnal(12, 0.3),
    appendConnections: 3,
    bytesPerMinute: 400_000,
    streamingReaders: 2,
    unaryReadsPerMinute: 4,
    trimHour: 3,
  }),
  stream({
    name: "orders/us-east",
    activity: diurnal(18, 0.25),
    appendConnections: 4,
    bytesPerMinute: 600_000,
    streamingReaders: 2,
    unaryReadsPerMinute: 5,
    trimHour: 3,
  }),
  stream({
    name: "orders/ap-south",
    activity: diurnal(6, 0.25),
    appendConnections: 2,
    bytesPerMinute: 250_000,
    unaryReadsPerMinute: 2,
    trimHour: 3,
  }),
  stream({
    name: "payments",
    storageClass: "express",
    activity: steady,
    appendConnections: 2,
    bytesPerMinute: 120_000,
    streamingReaders: 3,
    unaryReadsPerMinute: 8,
    retentionDays: 14,
    trimHour: 4,
  }),
  stream({
    name: "payments/refunds",
    storageClass: "express",
    activity: bursty(0.2, 0.08, 25),
    bytesPerMinute: 30_000,
    unaryReadsPerMinute: 1,
    retentionDays: 14,
    trimHour: 4,
  }),
  stream({
    name: "click stream",
    activity: diurnal(19, 0.15),
    appendConnections: 6,
    bytesPerMinute: 1_500_000,
    unaryReadsPerMinute: 0.5,
    retentionDays: 2,
  }),
  stream({
    name: "user-signups",
    activity: diurnal(14, 0.2),
    bytesPerMinute: 20_000,
    streamingReaders: 2,
    unaryReadsPerMinute: 3,
    retentionDays: 30,
    trimHour: 5,
  }),
  stream({
    name: "audit-log",
    activity: steady,
    bytesPerMinute: 50_000,
    streamingReaders: 0,
    unaryReadsPerMinute: 0.2,
    retentionDays: 30,
    trimHour: 5,
  }),
  stream({
    name: "notifications/push",
    storageClass: "express",
    activity: diurnal(17, 0.1),
    appendConnections: 2,
    bytesPerMinute: 200_000,
    retentionDays: 1,
    trimHour: 6,
  }),
  stream({
    name: "inventory-updates",
    activity: bursty(0.4, 0.05, 15),
    bytesPerMinute: 80_000,
    unaryReadsPerMinute: 2,
    retentionDays: 3,
    trimHour: 2,
  }),
  stream({
    name: "cart events",
    activity: diurnal(20, 0.2),
    appendConnections: 2,
    bytesPerMinute: 300_000,
    unaryReadsPerMinute: 1,
    retentionDays: 3,
    trimHour: 2,
  }),
  stream({
    name: "legacy-webhooks",
    activity: steady,
    bytesPerMinute: 60_000,
    unaryReadsPerMinute: 0.5,
    trimHour: 3,
    deletedAt: DELETED_STREAM_DELETED_AT,
  }),
  stream({
    name: "checkout-v2",
    storageClass: "express",
    activity: diurnal(16, 0.3),
    appendConnections: 2,
    bytesPerMinute: 150_000,
    streamingReaders: 2,
    unaryReadsPerMinute: 3,
    trimHour: 4,
    createdAt: RECENT_STREAM_CREATED_AT,
  }),
];
