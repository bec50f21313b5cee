"use client";

import { useParams, usePathname } from "next/navigation";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useViewParams } from "@/components/pickers/use-view-params";
import { CheckIcon, LinkIcon, ShareIcon } from "@/components/ui/icons";
import { embedTargetFromRoute } from "@/lib/embed/share-request";
import { pinRange } from "@/lib/time-range/pin-range";
import { useEmbeddingEnabled } from "./embedding-context";
import { ShareEmbedDialog } from "./share-embed-dialog";

type CopyStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "copied" }
  | { readonly kind: "manual"; readonly url: string };

const ITEM =
  "flex w-full items-center gap-2 rounded-md px-2.5 py-1.5 text-left text-sm text-fg hover:bg-surface-muted focus-visible:bg-surface-muted focus-visible:outline-none";

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
  const [open, setOpen] = useState(false);
  const [embedOpen, setEmbedOpen] = useState(false);
  const [copy, setCopy] = useState<CopyStatus>({ kind: "idle" });
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const manualRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointer = (event: PointerEvent) => {
      const inside = [menuRef.current, buttonRef.current].some((el) => el?.contains(event.target as Node));
      if (!inside) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  useEffect(() => {
    if (copy.kind === "manual") manualRef.current?.select();
    if (copy.kind !== "copied") return;
    const timer = setTimeout(() => setCopy({ kind: "idle" }), 2_000);
    return () => clearTimeout(timer);
  }, [copy]);

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }

  async function copyLink() {
    close();
    const url = new URL(hrefFor(pinRange(state, now)), window.location.origin).toString();
    try {
      await navigator.clipboard.writeText(url);
      setCopy({ kind: "copied" });
    } catch {
      // Plain http on a LAN address has no clipboard API: show the link, selected, to copy by hand.
      setCopy({ kind: "manual", url });
    }
  }

  function onMenuKey(event: KeyboardEvent<HTMLDivElement>) {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      items[(at + step + items.length) % items.length]?.focus();
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      items[event.key === "Home" ? 0 : items.length - 1]?.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (event.key === "Tab") {
      setOpen(false);
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
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setOpen(true);
          }
        }}
        className="flex h-8 items-center gap-1.5 rounded-lg border border-border bg-surface px-2.5 text-xs font-medium text-fg hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
      >
        {copy.kind === "copied" ? <CheckIcon /> : <ShareIcon />}
        <span>Share</span>
      </button>
      {/* One live region, always present so the change is announced; shown as a tip while it says something. */}
      <span
        role="status"
        className={
          copy.kind === "copied"
            ? "absolute top-full right-0 z-40 mt-1 rounded-md border border-border bg-surface-raised px-2 py-1 text-xs whitespace-nowrap text-fg shadow-sm"
            : "sr-only"
        }
      >
        {copy.kind === "copied" ? "Link copied" : ""}
      </span>
      {open ? (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label="Share"
          tabIndex={-1}
          onKeyDown={onMenuKey}
          className="absolute top-full right-0 z-40 mt-1 flex w-56 flex-col gap-0.5 rounded-lg border border-border-strong bg-surface-raised p-1 shadow-lg"
        >
          <button type="button" role="menuitem" tabIndex={-1} onClick={copyLink} className={ITEM}>
            <LinkIcon />
            Copy link
          </button>
          {embedding && target !== null ? (
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              aria-haspopup="dialog"
              onClick={() => {
                setOpen(false);
                setEmbedOpen(true);
              }}
              className={ITEM}
            >
              <ShareIcon />
              Embed this view…
            </button>
          ) : null}
        </div>
      ) : null}
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
        <ShareEmbedDialog target={target} name={name} now={now} onClose={() => setEmbedOpen(false)} />
      ) : null}
    </div>
  );
}
