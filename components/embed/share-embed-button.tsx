"use client";

import { useParams, usePathname } from "next/navigation";
import { useState } from "react";
import type { EmbedTarget } from "@/lib/embed/embed-spec";
import { embedTargetFromRoute } from "@/lib/embed/share-request";
import type { MetricSet } from "@/lib/s2/contract";
import { ShareEmbedDialog } from "./share-embed-dialog";

function ShareIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M8 10V2.5M5 5.5l3-3 3 3M3.5 8v4.5a1 1 0 0 0 1 1h7a1 1 0 0 0 1-1V8" />
    </svg>
  );
}

export interface ShareEmbedButtonProps {
  readonly target: EmbedTarget;
  readonly chart?: MetricSet;
  readonly name: string;
  readonly now: number;
  /** A small icon-only button, for a panel's header. */
  readonly compact?: boolean;
}

/** Opens "Share -> Embed" for a view (header) or a single chart (panel). */
export function ShareEmbedButton({ target, chart, name, now, compact }: ShareEmbedButtonProps) {
  const [open, setOpen] = useState(false);
  const label = chart === undefined ? "Share" : `Embed ${name}`;
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-label={compact ? label : undefined}
        title={compact ? "Share -> Embed this chart" : "Share -> Embed this view"}
        className={
          compact
            ? "flex size-7 shrink-0 items-center justify-center rounded-md text-fg-subtle hover:bg-surface-muted hover:text-fg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
            : "flex h-8 items-center gap-1.5 rounded-lg border border-border bg-surface px-2.5 text-xs font-medium text-fg hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
        }
      >
        <ShareIcon />
        {compact ? null : <span>Share</span>}
      </button>
      {open ? (
        <ShareEmbedDialog
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

/** The view header's Share button: the view's target comes from the route it is on. */
export function ShareViewButton({ now }: { readonly now: number }) {
  const pathname = usePathname();
  const params = useParams();
  const target = embedTargetFromRoute(pathname, params);
  if (target === null) return null;
  const name =
    target.level === "account" ? "Account" : target.level === "basin" ? target.basin : target.stream;
  return <ShareEmbedButton target={target} name={name} now={now} />;
}
