"use client";

import { useState } from "react";
import { ShareIcon } from "@/components/ui/icons";
import type { EmbedTarget } from "@/lib/embed/embed-spec";
import type { MetricSet } from "@/lib/s2/contract";
import { useEmbeddingEnabled } from "./embedding-context";
import { LazyShareEmbedDialog } from "./lazy-share-embed-dialog";

export interface ShareEmbedButtonProps {
  readonly target: EmbedTarget;
  readonly chart: MetricSet;
  readonly name: string;
  readonly now: number;
  /** A small icon-only button, for a panel's header. */
  readonly compact?: boolean;
}

/**
 * A chart's "Embed" action (a panel's header). Rendered only where this server may be embedded: with
 * embedding off it would lead to a form whose button cannot be pressed. The view's own Share menu
 * (share-menu.tsx) carries Copy link for every view.
 */
export function ShareEmbedButton({ target, chart, name, now, compact }: ShareEmbedButtonProps) {
  const embedding = useEmbeddingEnabled();
  const [open, setOpen] = useState(false);
  if (!embedding) return null;
  const label = `Embed ${name}`;
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-label={compact ? label : undefined}
        title="Embed this chart"
        className={
          compact
            ? "flex size-7 shrink-0 items-center justify-center rounded-md text-fg-subtle hover:bg-surface-muted hover:text-fg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
            : "flex h-8 items-center gap-1.5 rounded-lg border border-border bg-surface px-2.5 text-xs font-medium text-fg hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
        }
      >
        <ShareIcon />
        {compact ? null : <span>{label}</span>}
      </button>
      {open ? (
        <LazyShareEmbedDialog
          target={target}
          chart={chart}
          name={name}
          now={now}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
