import { z } from "zod";
import {
  ACCOUNT_SETS,
  BASIN_SETS,
  basinNameSchema,
  type Level,
  MAX_RANGE_SECONDS,
  type MetricSet,
  SETS_BY_LEVEL,
  STREAM_SETS,
  streamNameSchema,
} from "@/lib/s2/contract";
import { intervalChoiceSchema } from "@/lib/time-range/options";

/**
 * The embed token contract (STYLE.md rule 2): what may be asked for when minting an embed, what the
 * sealed token claims, and what of it the embedding page may see. Every limit is declared here once.
 */

export const EMBED_THEMES = ["light", "dark", "transparent"] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];
export const embedThemeSchema = z.enum(EMBED_THEMES);

export const EMBED_KINDS = ["view", "chart"] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

/** Format version of the claims; a token of another version is refused, never half-understood. */
export const EMBED_TOKEN_VERSION = 1;
/** Tells an embed token from any other JWT sealed by this app, on top of the key being embed-only. */
export const EMBED_TOKEN_PURPOSE = "s2-dashboard/embed";

export const EMBED_MIN_LIFETIME_SECONDS = 60;
export const EMBED_DEFAULT_LIFETIME_SECONDS = 86_400;
/** Never unlimited: an embed outlives its author's session, so its reach in time is bounded. */
export const EMBED_MAX_LIFETIME_SECONDS = 30 * 86_400;
/** Expiry choices the share dialog offers. */
export const EMBED_LIFETIME_CHOICES = [3_600, 86_400, 7 * 86_400, 30 * 86_400] as const;

/** How far back a viewer allowed to change the range may look, by default and at most. */
export const EMBED_DEFAULT_LOOKBACK_SECONDS = 30 * 86_400;
export const EMBED_MAX_LOOKBACK_SECONDS = 90 * 86_400;
export const EMBED_LOOKBACK_CHOICES = [7 * 86_400, 30 * 86_400, 90 * 86_400] as const;

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
    .refine((r) => r.end - r.start <= MAX_RANGE_SECONDS, {
      message: "the range must not be longer than 30 days",
      path: ["end"],
    }),
  /** The last `seconds`, moving with time (a preset such as 24 h). */
  z.strictObject({
    kind: z.literal("relative"),
    seconds: z
      .number()
      .int()
      .min(RELATIVE_STEP_SECONDS)
      .max(MAX_RANGE_SECONDS)
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

const titleSchema = z.string().trim().min(1).max(120);

/** Any level's set name; which level it belongs to is checked against the target. */
const ALL_SETS = [...new Set<MetricSet>([...ACCOUNT_SETS, ...BASIN_SETS, ...STREAM_SETS])] as [
  MetricSet,
  ...MetricSet[],
];
const metricSetSchema = z.enum(ALL_SETS);

/** The body of `POST /api/embed/tokens` and `POST /api/embed/share`. */
export const embedMintRequestSchema = z
  .strictObject({
    target: embedTargetSchema,
    /** One set: a single chart. Absent: the whole view (every set of the level). */
    chart: metricSetSchema.optional(),
    range: embedRangeSchema,
    interval: intervalChoiceSchema.default("auto"),
    rangeChange: rangeChangeSchema.default({ allowed: false }),
    theme: embedThemeSchema.default("light"),
    expiresInSeconds: z
      .number()
      .int()
      .min(EMBED_MIN_LIFETIME_SECONDS, `must be at least ${EMBED_MIN_LIFETIME_SECONDS} seconds`)
      .max(EMBED_MAX_LIFETIME_SECONDS, "must be at most 30 days (2592000 seconds)")
      .default(EMBED_DEFAULT_LIFETIME_SECONDS),
    title: titleSchema.optional(),
    /** The portal origin the frame will talk to; it must be on EMBED_ALLOWED_ORIGINS. */
    parent: z.string().max(300).optional(),
  })
  .superRefine((request, ctx) => {
    if (request.chart !== undefined && !isSetOfLevel(request.target.level, request.chart)) {
      const allowed = SETS_BY_LEVEL[request.target.level].join(", ");
      ctx.addIssue({
        code: "custom",
        path: ["chart"],
        message: `a ${request.target.level} chart is one of ${allowed}`,
      });
    }
  });
export type EmbedMintRequest = z.output<typeof embedMintRequestSchema>;
export type EmbedMintInput = z.input<typeof embedMintRequestSchema>;

export function isSetOfLevel(level: Level, set: string): set is MetricSet {
  return (SETS_BY_LEVEL[level] as readonly string[]).includes(set);
}

/** Where the frame's data requests go with the S2 credential: the author's own token, or the server's. */
export const embedCredentialSchema = z.discriminatedUnion("source", [
  z.strictObject({ source: z.literal("token"), token: z.string().min(1) }),
  z.strictObject({ source: z.literal("configured") }),
]);
export type EmbedCredential = z.infer<typeof embedCredentialSchema>;

/** What the embed page may know: everything but the credential. */
export const embedViewSchema = z.object({
  kind: z.enum(EMBED_KINDS),
  target: embedTargetSchema,
  sets: z.array(metricSetSchema).min(1),
  range: embedRangeSchema,
  interval: intervalChoiceSchema,
  rangeChange: rangeChangeSchema,
  theme: embedThemeSchema,
  title: titleSchema.optional(),
});
export type EmbedView = z.infer<typeof embedViewSchema>;

/** The sealed claims, as they come out of the JWE. `iat`, `exp` and `jti` are set when sealing. */
export const embedClaimsSchema = embedViewSchema
  .extend({
    v: z.literal(EMBED_TOKEN_VERSION),
    purpose: z.literal(EMBED_TOKEN_PURPOSE),
    s2: embedCredentialSchema,
    jti: z.string().min(1),
    iat: z.number().int().nonnegative(),
    exp: z.number().int().positive(),
  })
  .superRefine((claims, ctx) => {
    const level = claims.target.level;
    const foreign = claims.sets.find((set) => !isSetOfLevel(level, set));
    if (foreign !== undefined) {
      ctx.addIssue({ code: "custom", path: ["sets"], message: `${foreign} is not a ${level} set` });
    }
    if (claims.kind === "chart" && claims.sets.length !== 1) {
      ctx.addIssue({ code: "custom", path: ["sets"], message: "a chart embed names exactly one set" });
    }
    if (claims.exp - claims.iat > EMBED_MAX_LIFETIME_SECONDS) {
      ctx.addIssue({ code: "custom", path: ["exp"], message: "an embed lives at most 30 days" });
    }
  });
export type EmbedClaims = z.infer<typeof embedClaimsSchema>;

/** The claims as the embed page sees them: no credential, plus the token id and expiry for display. */
export interface PublicEmbed extends EmbedView {
  readonly id: string;
  readonly expiresAt: number;
}

export function publicEmbed(claims: EmbedClaims): PublicEmbed {
  const { s2: _credential, v: _v, purpose: _purpose, jti, iat: _iat, exp, ...view } = claims;
  return { ...view, id: jti, expiresAt: exp };
}

/** What minting answers, to the share dialog and to portal backends alike. */
export const mintedEmbedSchema = z.object({
  token: z.string(),
  id: z.string(),
  expiresAt: z.number().int(),
  /** The iframe `src`: the embed page, with `parent` when the request named a portal origin. */
  url: z.string(),
});
export type MintedEmbed = z.infer<typeof mintedEmbedSchema>;

/** `GET /api/embed/share`: what the share dialog needs to know about this dashboard's configuration. */
export const embedShareConfigSchema = z.object({
  enabled: z.boolean(),
  allowedOrigins: z.array(z.string()),
});
export type EmbedShareConfig = z.infer<typeof embedShareConfigSchema>;
