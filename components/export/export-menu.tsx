"use client";

import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { CheckIcon, ChevronDownIcon, CopyIcon, DownloadIcon } from "@/components/ui/icons";
import { type ExportRequestParams, exportPath } from "@/lib/api/export-contract";
import type { MetricsTarget } from "@/lib/api/queries";
import type { ExportFormat } from "@/lib/export/file-name";

export interface ExportMenuProps {
  readonly target: MetricsTarget;
  /** Omitted for a whole basin (every set). */
  readonly set?: string;
  readonly range: { readonly start: number; readonly end: number };
  readonly interval?: ExportRequestParams["interval"];
  /** The zone the view prints times in; the browser's own when undefined. */
  readonly zone: string | undefined;
  /** What is exported, for the button's accessible name ("Export Storage"). */
  readonly name: string;
}

/** What the menu's three items do: save a file of either format, and produce the CSV to copy. */
export interface ExportActions {
  download(format: ExportFormat): void;
  csvText(): Promise<string>;
}

/**
 * A panel's Export menu: Download CSV, Download JSON, Copy as CSV. Each is the export route's answer
 * for exactly the window, interval and zone on screen, so a download is streamed by the server (never
 * assembled in the tab) and holds every bucket at the set's own interval, whatever the chart grouped.
 */
export function ExportMenu({ target, set, range, interval, zone, name }: ExportMenuProps) {
  const pathFor = (format: ExportFormat) => {
    const tz = zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    const params = { ...(set === undefined ? {} : { set }), ...(interval === undefined ? {} : { interval }) };
    return exportPath(target, { ...params, ...range, format, tz });
  };
  const actions: ExportActions = {
    // A same-origin link with `download`: the browser streams the file to disk under the server's name.
    download: (format) => clickLink(pathFor(format)),
    csvText: async () => {
      const response = await fetch(pathFor("csv"), { credentials: "same-origin" });
      if (!response.ok) throw new Error(`export answered ${response.status}`);
      return response.text();
    },
  };
  return <ExportMenuButton name={name} actions={actions} />;
}

/** Follows a link as a download without leaving the page. */
export function clickLink(href: string, fileName = ""): void {
  const link = document.createElement("a");
  link.href = href;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
}

type Status = "idle" | "copying" | "copied" | "failed";

const ITEM =
  "flex w-full items-center gap-2 rounded-md px-2.5 py-1.5 text-left text-sm text-fg hover:bg-surface-muted focus-visible:bg-surface-muted focus-visible:outline-none";

/**
 * The menu button itself, for panels and tables alike (`aria-haspopup="menu"`). Keyboard: Enter, Space
 * or ArrowDown open it on its first item, arrows and Home/End move, Escape closes back to the button.
 */
export function ExportMenuButton({
  name,
  actions,
}: {
  readonly name: string;
  readonly actions: ExportActions;
}) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>("idle");
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

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
    if (status !== "copied" && status !== "failed") return;
    const timer = setTimeout(() => setStatus("idle"), 2_500);
    return () => clearTimeout(timer);
  }, [status]);

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }

  function download(format: ExportFormat) {
    close();
    actions.download(format);
  }

  async function copyCsv() {
    close();
    setStatus("copying");
    const text = actions.csvText();
    try {
      // A ClipboardItem given the promise keeps the click's permission while the CSV is produced.
      const blob = text.then((csv) => new Blob([csv], { type: "text/plain" }));
      await navigator.clipboard.write([new ClipboardItem({ "text/plain": blob })]);
      setStatus("copied");
    } catch {
      try {
        await navigator.clipboard.writeText(await text);
        setStatus("copied");
      } catch {
        setStatus("failed");
      }
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

  const note = { idle: "", copying: "Copying…", copied: "CSV copied", failed: "Could not copy" }[status];
  return (
    <div className="relative shrink-0">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Export ${name}`}
        title="Export this data"
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setOpen(true);
          }
        }}
        className="flex h-7 items-center gap-0.5 rounded-md px-1.5 text-fg-subtle hover:bg-surface-muted hover:text-fg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
      >
        {status === "copied" ? <CheckIcon /> : <DownloadIcon />}
        <ChevronDownIcon />
      </button>
      <span aria-live="polite" className="sr-only">
        {note}
      </span>
      {note !== "" ? (
        <span
          aria-hidden="true"
          className="absolute top-full right-0 z-40 mt-1 rounded-md border border-border bg-surface-raised px-2 py-1 text-xs whitespace-nowrap text-fg shadow-sm"
        >
          {note}
        </span>
      ) : null}
      {open ? (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={`Export ${name}`}
          tabIndex={-1}
          onKeyDown={onMenuKey}
          className="absolute top-full right-0 z-40 mt-1 flex w-48 flex-col gap-0.5 rounded-lg border border-border-strong bg-surface-raised p-1 shadow-lg"
        >
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            onClick={() => download("csv")}
            className={ITEM}
          >
            <DownloadIcon />
            Download CSV
          </button>
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            onClick={() => download("json")}
            className={ITEM}
          >
            <DownloadIcon />
            Download JSON
          </button>
          <button type="button" role="menuitem" tabIndex={-1} onClick={() => void copyCsv()} className={ITEM}>
            <CopyIcon />
            Copy as CSV
          </button>
        </div>
      ) : null}
    </div>
  );
}
