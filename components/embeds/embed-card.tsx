"use client";

import type { ReactNode } from "react";
import {
  EMBED_STATUS_LABELS,
  embedRangeLabel,
  embedTimeLabel,
  embedWhatLabel,
} from "@/lib/embed/embed-labels";
import type { EmbedStatus, EmbedSummary } from "@/lib/embed/embeds-contract";
import { RevokeEmbedButton } from "./revoke-embed-button";

const STATUS_CLASSES: Record<EmbedStatus, string> = {
  active: "border-accent/40 text-accent",
  revoked: "border-danger-border text-danger",
  expired: "border-border text-fg-muted",
};

/** One embed: what it shows, who made it, its times and views, its status, and Revoke while active. */
export function EmbedCard({ embed, zone }: { readonly embed: EmbedSummary; readonly zone: string }) {
  const what = embedWhatLabel(embed);
  return (
    <li
      data-embed-id={embed.id}
      className="flex flex-col gap-3 rounded-xl border border-border bg-surface p-4 sm:flex-row sm:items-start sm:justify-between"
    >
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="min-w-0 break-words text-sm font-semibold text-fg">{what}</h2>
          <span
            data-testid="embed-status"
            className={`rounded-full border px-2 py-0.5 text-xs font-medium ${STATUS_CLASSES[embed.status]}`}
          >
            {EMBED_STATUS_LABELS[embed.status]}
          </span>
        </div>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs sm:grid-cols-[auto_1fr_auto_1fr]">
          <Row term="Range">{embedRangeLabel(embed.range, zone)}</Row>
          <Row term="Theme">{embed.theme}</Row>
          <Row term="Made by">{embed.createdBy}</Row>
          <Row term="Created">{embedTimeLabel(embed.createdAt, zone)}</Row>
          <Row term={embed.status === "revoked" ? "Revoked" : "Expires"}>
            {embed.status === "revoked"
              ? embedTimeLabel(embed.revokedAt, zone)
              : embedTimeLabel(embed.expiresAt, zone, "never")}
          </Row>
          <Row term="Last used">{embedTimeLabel(embed.lastUsedAt, zone)}</Row>
          <Row term="Views">
            <span data-testid="embed-views" className="tabular-nums">
              {embed.views}
            </span>
          </Row>
          <Row term="Id">
            <span className="break-all font-mono">{embed.id}</span>
          </Row>
        </dl>
      </div>
      {embed.status === "active" ? <RevokeEmbedButton id={embed.id} what={what} /> : null}
    </li>
  );
}

function Row({ term, children }: { readonly term: string; readonly children: ReactNode }) {
  return (
    <>
      <dt className="text-fg-muted">{term}</dt>
      <dd className="min-w-0 break-words text-fg">{children}</dd>
    </>
  );
}
