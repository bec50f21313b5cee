"use client";

import { useEmbeddingEnabled } from "@/components/embed/embedding-context";
import { useLocalZone } from "@/components/pickers/use-time-zone";
import { AppBar } from "@/components/views/app-bar";
import { useEmbeds } from "@/lib/embed/embeds-queries";
import { EmbedCard } from "./embed-card";

/** The Embeds page: every embed the signed-in user made, newest first. */
export function EmbedsPage() {
  const zone = useLocalZone();
  const embeds = useEmbeds();
  const embedding = useEmbeddingEnabled();
  return (
    <div className="flex flex-col gap-4">
      <header>
        <AppBar embedsLink={false} />
      </header>
      <div>
        <h1 className="text-xl font-semibold tracking-tight text-fg sm:text-2xl">Embeds</h1>
        <p className="mt-1 text-sm text-fg-muted">
          The embeds you shared. Revoking one stops it everywhere within a second; a portal showing it gets a
          "revoked" notice instead of data.
        </p>
      </div>
      {embeds.isPending ? (
        <p className="text-sm text-fg-muted">Loading your embeds…</p>
      ) : embeds.isError ? (
        <p
          role="alert"
          className="rounded-lg border border-danger-border bg-danger-soft px-3 py-2 text-sm text-danger"
        >
          {embeds.error.message}
        </p>
      ) : embeds.data.embeds.length === 0 ? (
        <p className="rounded-lg border border-border bg-surface px-3 py-4 text-sm text-fg-muted">
          {embedding ? (
            <>
              You have not shared any embeds yet. Use <span className="font-medium text-fg">Share</span> on a
              view or a chart to make one.
            </>
          ) : (
            // Share offers no Embed here: say why rather than send the reader looking for it.
            <>
              Embedding is not configured on this dashboard. An operator enables it by listing the portal
              origins that may frame it in <span className="font-mono">EMBED_ALLOWED_ORIGINS</span>.
            </>
          )}
        </p>
      ) : (
        <ul className="flex flex-col gap-3" aria-label="Your embeds">
          {embeds.data.embeds.map((embed) => (
            <EmbedCard key={embed.id} embed={embed} zone={zone} />
          ))}
        </ul>
      )}
    </div>
  );
}
