import { z } from "zod";
import { MAX_VIEW_RANGE_SECONDS } from "@/lib/api/contract";
import { presetSchema } from "@/lib/time-range/options";
import { COLOR_SCHEMES } from "./embed-scheme";
import { EMBED_KINDS, embedThemeSchema } from "./embed-spec";

/**
 * The postMessage protocol between an embed frame and the portal page around it (documented in
 * lib/embed/README.md). Every message is a plain object with a `type` starting `s2-embed:`. The frame
 * sends only to the parent origin it verified against EMBED_ALLOWED_ORIGINS, and acts only on messages
 * from that origin and window, and only on those that parse here; anything else is ignored.
 */

export const EMBED_MESSAGE_VERSION = 1;

const epochSeconds = z.number().int().nonnegative();

/** A window as the frame reports it: absolute bounds, and its length when it moves with time. */
export const reportedRangeSchema = z.strictObject({
  start: epochSeconds,
  end: epochSeconds,
  relativeSeconds: z.number().int().positive().nullable(),
});
export type ReportedRange = z.infer<typeof reportedRangeSchema>;

// Frame -> parent.
export const frameMessageSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("s2-embed:ready"),
    version: z.literal(EMBED_MESSAGE_VERSION),
    id: z.string(),
    kind: z.enum(EMBED_KINDS),
    theme: embedThemeSchema,
    rangeChangeAllowed: z.boolean(),
    expiresAt: epochSeconds,
  }),
  z.strictObject({
    type: z.literal("s2-embed:size"),
    version: z.literal(EMBED_MESSAGE_VERSION),
    height: z.number().int().nonnegative(),
    width: z.number().int().nonnegative(),
  }),
  z.strictObject({
    type: z.literal("s2-embed:range"),
    version: z.literal(EMBED_MESSAGE_VERSION),
    range: reportedRangeSchema,
  }),
  z.strictObject({
    type: z.literal("s2-embed:error"),
    version: z.literal(EMBED_MESSAGE_VERSION),
    code: z.enum(["embed_token", "range_locked", "range_refused", "bad_message"]),
    message: z.string(),
  }),
]);
export type FrameMessage = z.infer<typeof frameMessageSchema>;

/** What the parent may ask for: a preset, the last n seconds, or an absolute window. */
export const requestedRangeSchema = z.union([
  z.strictObject({ preset: presetSchema }),
  z.strictObject({ relativeSeconds: z.number().int().min(60).max(MAX_VIEW_RANGE_SECONDS) }),
  z.strictObject({ start: epochSeconds, end: epochSeconds }),
]);
export type RequestedRange = z.infer<typeof requestedRangeSchema>;

// Parent -> frame. `version` may be left out; when given it must be this one.
const parentVersion = z.literal(EMBED_MESSAGE_VERSION).optional();
export const parentMessageSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("s2-embed:set-range"),
    version: parentVersion,
    range: requestedRangeSchema,
  }),
  z.strictObject({ type: z.literal("s2-embed:set-theme"), version: parentVersion, theme: embedThemeSchema }),
  /** The portal's own colour scheme, which a `transparent` embed follows (the others ignore it). */
  z.strictObject({
    type: z.literal("s2-embed:set-scheme"),
    version: parentVersion,
    scheme: z.enum(COLOR_SCHEMES),
  }),
]);
export type ParentMessage = z.infer<typeof parentMessageSchema>;

export type ParsedParentMessage =
  | { readonly kind: "message"; readonly message: ParentMessage }
  /** Ours (an `s2-embed:` type) but malformed: worth an error reply. */
  | { readonly kind: "bad"; readonly reason: string }
  /** Not for us at all (other scripts post messages too): ignore silently. */
  | { readonly kind: "foreign" };

export function parseParentMessage(data: unknown): ParsedParentMessage {
  const type = (data as { type?: unknown } | null)?.type;
  if (typeof type !== "string" || !type.startsWith("s2-embed:")) return { kind: "foreign" };
  const parsed = parentMessageSchema.safeParse(data);
  if (parsed.success) return { kind: "message", message: parsed.data };
  const first = parsed.error.issues[0];
  const where = first && first.path.length > 0 ? `${first.path.join(".")}: ` : "";
  return { kind: "bad", reason: `${type}: ${where}${first?.message ?? "not understood"}` };
}

/**
 * The origin to talk to, or null: the frame must be framed, the parent's origin must be on the allowlist,
 * and when the embed URL names a `parent` it must be that one. The browser's own word on the parent
 * (`location.ancestorOrigins`, else the referrer's origin) is preferred over the URL's.
 */
export function resolveParentOrigin(input: {
  readonly framed: boolean;
  readonly parentParam: string | null;
  readonly ancestorOrigin: string | null;
  readonly referrerOrigin: string | null;
  readonly allowedOrigins: readonly string[];
}): string | null {
  if (!input.framed) return null;
  const observed = input.ancestorOrigin ?? input.referrerOrigin;
  const candidate = observed ?? input.parentParam;
  if (candidate === null) return null;
  if (input.parentParam !== null && observed !== null && input.parentParam !== observed) return null;
  return input.allowedOrigins.includes(candidate) ? candidate : null;
}
