import type { EmbedRecord } from "@/lib/store/embed-repository";
import type { EmbedSpec } from "./embed-spec";
import type { EmbedStatus, EmbedSummary } from "./embeds-contract";

/** What the Embeds page shows of a record: what it shows, who made it, its times and counts, its status. */

export function embedStatus(
  record: Pick<EmbedRecord<EmbedSpec>, "revokedAt" | "expiresAt">,
  nowMs: number,
): EmbedStatus {
  if (record.revokedAt !== null) return "revoked";
  if (record.expiresAt !== null && record.expiresAt <= nowMs) return "expired";
  return "active";
}

/** The Share dialog's embeds are the viewer's own (the list holds no one else's); the mint API's say for whom. */
export function createdByLabel(spec: EmbedSpec): string {
  if (spec.source === "share") return "you";
  return spec.createdBy === undefined ? "mint API" : `mint API for ${spec.createdBy}`;
}

export function embedSummary(record: EmbedRecord<EmbedSpec>, nowMs: number): EmbedSummary {
  const { spec } = record;
  return {
    id: record.id,
    kind: spec.kind,
    target: spec.target,
    sets: [...spec.sets],
    range: spec.range,
    theme: spec.theme,
    ...(spec.title === undefined ? {} : { title: spec.title }),
    source: spec.source,
    createdBy: createdByLabel(spec),
    createdAt: record.createdAt,
    expiresAt: record.expiresAt,
    revokedAt: record.revokedAt,
    lastUsedAt: record.lastUsedAt,
    views: record.views,
    status: embedStatus(record, nowMs),
  };
}
