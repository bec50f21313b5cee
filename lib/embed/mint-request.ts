import { z } from "zod";
import { SETS_BY_LEVEL } from "@/lib/s2/contract";
import { intervalChoiceSchema } from "@/lib/time-range/options";
import {
  EMBED_DEFAULT_LIFETIME_SECONDS,
  EMBED_MAX_LIFETIME_SECONDS,
  EMBED_MIN_LIFETIME_SECONDS,
  embedCreatedBySchema,
  embedRangeSchema,
  embedTargetSchema,
  embedThemeSchema,
  embedTitleSchema,
  isSetOfLevel,
  metricSetSchema,
  rangeChangeSchema,
} from "./embed-spec";

/**
 * The minting contract (STYLE.md rule 2): the bodies of `POST /api/embed/share` (the share dialog) and
 * `POST /api/embed/tokens` (portal backends), and what both answer.
 */

const mintShape = {
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
  title: embedTitleSchema.optional(),
  /** The portal origin the frame will talk to; it must be on EMBED_ALLOWED_ORIGINS. */
  parent: z.string().max(300).optional(),
};

function chartOfLevel(
  request: { target: { level: keyof typeof SETS_BY_LEVEL }; chart?: string },
  ctx: z.RefinementCtx,
) {
  if (request.chart !== undefined && !isSetOfLevel(request.target.level, request.chart)) {
    const allowed = SETS_BY_LEVEL[request.target.level].join(", ");
    ctx.addIssue({
      code: "custom",
      path: ["chart"],
      message: `a ${request.target.level} chart is one of ${allowed}`,
    });
  }
}

/** The body of `POST /api/embed/share`: the signed-in author is who made it. */
export const embedMintRequestSchema = z.strictObject(mintShape).superRefine(chartOfLevel);
export type EmbedMintRequest = z.output<typeof embedMintRequestSchema>;
export type EmbedMintInput = z.input<typeof embedMintRequestSchema>;

/** The body of `POST /api/embed/tokens`: a portal backend may say whom it minted for (shown on /embeds). */
export const apiMintRequestSchema = z
  .strictObject({ ...mintShape, createdBy: embedCreatedBySchema.optional() })
  .superRefine(chartOfLevel);
export type ApiMintRequest = z.output<typeof apiMintRequestSchema>;
export type ApiMintInput = z.input<typeof apiMintRequestSchema>;

/** What minting answers, to the share dialog and to portal backends alike. */
export const mintedEmbedSchema = z.object({
  /** The link token `<id>.<signature>`: names the record, carries no credential. */
  token: z.string(),
  id: z.string(),
  /** Epoch seconds. */
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
