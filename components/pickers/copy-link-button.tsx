"use client";

import { useEffect, useRef, useState } from "react";
import { CheckIcon, LinkIcon } from "@/components/ui/icons";
import { pinRange } from "@/lib/time-range/pin-range";
import { useViewZone } from "./use-time-zone";
import { useViewParams } from "./use-view-params";

export interface CopyLinkButtonProps {
  /**
   * The epoch seconds the view on screen was resolved at, so the link pins exactly the window the
   * charts show; defaults to the moment of the click.
   */
  readonly now?: number;
}

type Status =
  | { readonly kind: "idle" }
  | { readonly kind: "copied" }
  | { readonly kind: "manual"; readonly url: string };

/**
 * Copies a link to this view pinned to the absolute range on screen (`pinRange`), so a colleague opening
 * it later sees the same window rather than "the last 24 hours" of their own moment. Where the
 * clipboard is unavailable (plain http on a LAN address) the link is shown, selected, to copy by hand.
 */
export function CopyLinkButton({ now }: CopyLinkButtonProps) {
  const { state, hrefFor } = useViewParams();
  const zone = useViewZone(state.tz);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const manualRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (status.kind !== "copied") return;
    const timer = setTimeout(() => setStatus({ kind: "idle" }), 2_000);
    return () => clearTimeout(timer);
  }, [status]);

  useEffect(() => {
    if (status.kind === "manual") manualRef.current?.select();
  }, [status]);

  async function copy() {
    const pinned = pinRange(state, now ?? Math.floor(Date.now() / 1000), zone);
    const url = new URL(hrefFor(pinned), window.location.origin).toString();
    try {
      await navigator.clipboard.writeText(url);
      setStatus({ kind: "copied" });
    } catch {
      setStatus({ kind: "manual", url });
    }
  }

  return (
    <div className="relative flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="flex h-8 items-center gap-1.5 rounded-lg border border-border bg-surface px-2.5 text-xs font-medium text-fg hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
      >
        {status.kind === "copied" ? <CheckIcon /> : <LinkIcon />}
        <span aria-live="polite">{status.kind === "copied" ? "Copied" : "Copy link"}</span>
      </button>
      {status.kind === "manual" ? (
        <label className="absolute top-full right-0 z-40 mt-2 w-[min(90vw,28rem)] rounded-lg border border-border-strong bg-surface-raised p-2 text-xs text-fg-muted shadow-lg">
          Copy this link
          <input
            ref={manualRef}
            readOnly
            value={status.url}
            onBlur={() => setStatus({ kind: "idle" })}
            className="mt-1 block w-full rounded border border-border bg-surface px-2 py-1 font-mono text-xs text-fg"
          />
        </label>
      ) : null}
    </div>
  );
}
