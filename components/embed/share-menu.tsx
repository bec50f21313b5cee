"use client";

import { useParams, usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useViewParams } from "@/components/pickers/use-view-params";
import { CheckIcon, LinkIcon, ShareIcon } from "@/components/ui/icons";
import { MENU_TIP, Menu, MenuItem, useMenuButton } from "@/components/ui/menu-button";
import { embedTargetFromRoute } from "@/lib/embed/share-request";
import { pinRange } from "@/lib/time-range/pin-range";
import { useEmbeddingEnabled } from "./embedding-context";
import { LazyShareEmbedDialog } from "./lazy-share-embed-dialog";

type CopyStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "copied" }
  | { readonly kind: "manual"; readonly url: string };

/**
 * The view's Share menu: "Copy link" (the view pinned to the absolute window on screen, as `pinRange`
 * makes it) always, and "Embed this view…" only where this server is configured to be embedded, so
 * nothing in it leads to a form that cannot be used. Keyboard: arrows move, Escape closes.
 */
export function ShareMenu({ now }: { readonly now: number }) {
  const pathname = usePathname();
  const params = useParams();
  const embedding = useEmbeddingEnabled();
  const { state, hrefFor } = useViewParams();
  const target = embedTargetFromRoute(pathname, params);
  const menu = useMenuButton();
  const [embedOpen, setEmbedOpen] = useState(false);
  const [copy, setCopy] = useState<CopyStatus>({ kind: "idle" });
  const manualRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (copy.kind === "manual") manualRef.current?.select();
    if (copy.kind !== "copied") return;
    const timer = setTimeout(() => setCopy({ kind: "idle" }), 2_000);
    return () => clearTimeout(timer);
  }, [copy]);

  async function copyLink() {
    menu.close();
    const url = new URL(hrefFor(pinRange(state, now)), window.location.origin).toString();
    try {
      await navigator.clipboard.writeText(url);
      setCopy({ kind: "copied" });
    } catch {
      // Plain http on a LAN address has no clipboard API: show the link, selected, to copy by hand.
      setCopy({ kind: "manual", url });
    }
  }

  const name =
    target === null
      ? ""
      : target.level === "account"
        ? "Account"
        : target.level === "basin"
          ? target.basin
          : target.stream;

  return (
    <div className="relative">
      <button
        {...menu.buttonProps}
        className="flex h-8 items-center gap-1.5 rounded-lg border border-border bg-surface px-2.5 text-xs font-medium text-fg hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
      >
        {copy.kind === "copied" ? <CheckIcon /> : <ShareIcon />}
        <span>Share</span>
      </button>
      {/* One live region, always present so the change is announced; shown as a tip while it says something. */}
      <span role="status" className={copy.kind === "copied" ? MENU_TIP : "sr-only"}>
        {copy.kind === "copied" ? "Link copied" : ""}
      </span>
      <Menu menu={menu} label="Share" className="w-56">
        <MenuItem onClick={copyLink}>
          <LinkIcon />
          Copy link
        </MenuItem>
        {embedding && target !== null ? (
          <MenuItem
            aria-haspopup="dialog"
            onClick={() => {
              menu.dismiss();
              setEmbedOpen(true);
            }}
          >
            <ShareIcon />
            Embed this view…
          </MenuItem>
        ) : null}
      </Menu>
      {copy.kind === "manual" ? (
        <label className="absolute top-full right-0 z-40 mt-1 w-[min(calc(100vw-2rem),28rem)] rounded-lg border border-border-strong bg-surface-raised p-2 text-xs text-fg-muted shadow-lg">
          Copy this link
          <input
            ref={manualRef}
            readOnly
            value={copy.url}
            onBlur={() => setCopy({ kind: "idle" })}
            className="mt-1 block w-full rounded border border-border bg-surface px-2 py-1 font-mono text-xs text-fg"
          />
        </label>
      ) : null}
      {embedOpen && target !== null ? (
        <LazyShareEmbedDialog target={target} name={name} now={now} onClose={() => setEmbedOpen(false)} />
      ) : null}
    </div>
  );
}
