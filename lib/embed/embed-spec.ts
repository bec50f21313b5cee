import { z } from "zod";
import { MAX_VIEW_RANGE_SECONDS } from "@/lib/api/contract";
import {
  ACCOUNT_SETS,
  BASIN_SETS,
  basinNameSchema,
  type Level,
  type MetricSet,
  SETS_BY_LEVEL,
  STREAM_SETS,
  streamNameSchema,
} from "@/lib/s2/contract";
import { intervalChoiceSchema } from "@/lib/time-range/options";

/**
 * The embed record contract (STYLE.md rule 2): what an embed shows, as the store keeps it (the `spec`
 * column, validated on the way in and out by `store.embeds(embedSpecSchema)`), and the part of it the
 * embed page may see. The S2 credential is not part of the spec: the store seals it in its own column.
 */

/**
 * `transparent` draws no background and follows the portal's scheme: what the parent says
 * (`s2-embed:set-scheme`), else the reader's `prefers-color-scheme`; the other two fix the scheme.
 */
export const EMBED_THEMES = [
  "light",
  "dark",
  "transparent",
  "transparent-light",
  "transparent-dark",
] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];
export const embedThemeSchema = z.enum(EMBED_THEMES);

export const EMBED_KINDS = ["view", "chart"] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

/** Where minting came from: the share dialog (the author's own S2 token) or a portal backend (EMBED_S2_TOKEN). */
export const EMBED_SOURCES = ["share", "mint-api"] as const;
export type EmbedSource = (typeof EMBED_SOURCES)[number];

export const EMBED_MIN_LIFETIME_SECONDS = 60;
export const EMBED_DEFAULT_LIFETIME_SECONDS = 86_400;
/** Never unlimited: an embed outlives its author's session, so its reach in time is bounded. */
export const EMBED_MAX_LIFETIME_SECONDS = 30 * 86_400;
/** Expiry choices the share dialog offers. */
export const EMBED_LIFETIME_CHOICES = [3_600, 86_400, 7 * 86_400, 30 * 86_400] as const;

/** How far back a viewer allowed to change the range may look, by default and at most. */
export const EMBED_DEFAULT_LOOKBACK_SECONDS = 30 * 86_400;
export const EMBED_MAX_LOOKBACK_SECONDS = MAX_VIEW_RANGE_SECONDS;
export const EMBED_LOOKBACK_CHOICES = [7 * 86_400, 30 * 86_400, 90 * 86_400, MAX_VIEW_RANGE_SECONDS] as const;

/** A relative range is a whole number of minutes, so it can be written `now-<n>m|h|d`. */
const RELATIVE_STEP_SECONDS = 60;

export const embedTargetSchema = z.discriminatedUnion("level", [
  z.strictObject({ level: z.literal("account") }),
  z.strictObject({ level: z.literal("basin"), basin: basinNameSchema }),
  z.strictObject({ level: z.literal("stream"), basin: basinNameSchema, stream: streamNameSchema }),
]);
export type EmbedTarget = z.infer<typeof embedTargetSchema>;

const epochSeconds = z.number().int().nonnegative();

export const embedRangeSchema = z.discriminatedUnion("kind", [
  /** The absolute window the author had on screen. */
  z
    .strictObject({ kind: z.literal("fixed"), start: epochSeconds, end: epochSeconds })
    .refine((r) => r.start < r.end, { message: "start must be before end", path: ["end"] })
    .refine((r) => r.end - r.start <= MAX_VIEW_RANGE_SECONDS, {
      message: "the range must not be longer than 13 months",
      path: ["end"],
    }),
  /** The last `seconds`, moving with time (a preset such as 24 h). */
  z.strictObject({
    kind: z.literal("relative"),
    seconds: z
      .number()
      .int()
      .min(RELATIVE_STEP_SECONDS)
      .max(MAX_VIEW_RANGE_SECONDS)
      .refine((s) => s % RELATIVE_STEP_SECONDS === 0, "must be a whole number of minutes"),
  }),
]);
export type EmbedRange = z.infer<typeof embedRangeSchema>;

export const rangeChangeSchema = z.discriminatedUnion("allowed", [
  z.strictObject({ allowed: z.literal(false) }),
  /** The viewer may pick any range that starts no earlier than `lookbackSeconds` before now. */
  z.strictObject({
    allowed: z.literal(true),
    lookbackSeconds: z.number().int().min(3_600).max(EMBED_MAX_LOOKBACK_SECONDS),
  }),
]);
export type RangeChange = z.infer<typeof rangeChangeSchema>;

export const embedTitleSchema = z.string().trim().min(1).max(120);
/** Free text a portal backend may record as the person or system it minted for. */
export const embedCreatedBySchema = z.string().trim().min(1).max(120);

/** Any level's set name; which level it belongs to is checked against the target. */
const ALL_SETS = [...new Set<MetricSet>([...ACCOUNT_SETS, ...BASIN_SETS, ...STREAM_SETS])] as [
  MetricSet,
  ...MetricSet[],
];
export const metricSetSchema = z.enum(ALL_SETS);

export function isSetOfLevel(level: Level, set: string): set is MetricSet {
  return (SETS_BY_LEVEL[level] as readonly string[]).includes(set);
}

/** What the embed page may know: everything it shows, nothing about who made it or with what. */
export const embedViewSchema = z.strictObject({
  kind: z.enum(EMBED_KINDS),
  target: embedTargetSchema,
  sets: z.array(metricSetSchema).min(1),
  range: embedRangeSchema,
  interval: intervalChoiceSchema,
  rangeChange: rangeChangeSchema,
  theme: embedThemeSchema,
  title: embedTitleSchema.optional(),
});
export type EmbedView = z.infer<typeof embedViewSchema>;

/** The stored spec: the view plus where it was minted from (and, for the mint API, for whom). */
export const embedSpecSchema = embedViewSchema
  .extend({
    source: z.enum(EMBED_SOURCES),
    createdBy: embedCreatedBySchema.optional(),
  })
  .superRefine((spec, ctx) => {
    const level = spec.target.level;
    const foreign = spec.sets.find((set) => !isSetOfLevel(level, set));
    if (foreign !== undefined) {
      ctx.addIssue({ code: "custom", path: ["sets"], message: `${foreign} is not a ${level} set` });
    }
    if (spec.kind === "chart" && spec.sets.length !== 1) {
      ctx.addIssue({ code: "custom", path: ["sets"], message: "a chart embed names exactly one set" });
    }
  });
export type EmbedSpec = z.infer<typeof embedSpecSchema>;

/** The embed as the embed page sees it: its view, the record id and the expiry (epoch seconds). */
export interface PublicEmbed extends EmbedView {
  readonly id: string;
  readonly expiresAt: number;
}

export function publicEmbed(id: string, spec: EmbedSpec, expiresAtSeconds: number): PublicEmbed {
  const { source: _source, createdBy: _createdBy, ...view } = spec;
  return { ...view, id, expiresAt: expiresAtSeconds };
}
