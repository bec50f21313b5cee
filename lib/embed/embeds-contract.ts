import { z } from "zod";
import {
  EMBED_KINDS,
  EMBED_SOURCES,
  embedRangeSchema,
  embedTargetSchema,
  embedThemeSchema,
} from "./embed-spec";

/**
 * The Embeds page's contract (STYLE.md rule 2): `GET /api/embeds` (the signed-in user's embeds) and
 * `DELETE /api/embeds/{id}` (revoke one). Times are epoch milliseconds. Never a credential.
 */

export const EMBED_STATUSES = ["active", "revoked", "expired"] as const;
export type EmbedStatus = (typeof EMBED_STATUSES)[number];

/** A record id: 128 random bits, base64url (lib/store/embed-link.ts). */
export const embedIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/, "not an embed id");

export const embedSummarySchema = z.strictObject({
  id: embedIdSchema,
  kind: z.enum(EMBED_KINDS),
  target: embedTargetSchema,
  sets: z.array(z.string()),
  range: embedRangeSchema,
  theme: embedThemeSchema,
  title: z.string().optional(),
  source: z.enum(EMBED_SOURCES),
  /** Who made it, for display: "you" for the share dialog, else the mint API's `createdBy`. */
  createdBy: z.string(),
  createdAt: z.number().int(),
  expiresAt: z.number().int().nullable(),
  revokedAt: z.number().int().nullable(),
  lastUsedAt: z.number().int().nullable(),
  views: z.number().int().nonnegative(),
  status: z.enum(EMBED_STATUSES),
});
export type EmbedSummary = z.infer<typeof embedSummarySchema>;

export const embedListSchema = z.strictObject({ embeds: z.array(embedSummarySchema) });
export type EmbedList = z.infer<typeof embedListSchema>;

export const embedPathSchema = z.strictObject({ id: embedIdSchema });

export const revokedEmbedSchema = z.strictObject({ id: embedIdSchema, revoked: z.literal(true) });
export type RevokedEmbed = z.infer<typeof revokedEmbedSchema>;
