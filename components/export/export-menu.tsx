"use client";

import { useEffect, useState } from "react";
import { CheckIcon, ChevronDownIcon, CopyIcon, DownloadIcon } from "@/components/ui/icons";
import { MENU_TIP, Menu, MenuItem, useMenuButton } from "@/components/ui/menu-button";
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
  const menu = useMenuButton();
  const [status, setStatus] = useState<Status>("idle");

  useEffect(() => {
    if (status !== "copied" && status !== "failed") return;
    const timer = setTimeout(() => setStatus("idle"), 2_500);
    return () => clearTimeout(timer);
  }, [status]);

  function download(format: ExportFormat) {
    menu.close();
    actions.download(format);
  }

  async function copyCsv() {
    menu.close();
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

  const note = { idle: "", copying: "Copying…", copied: "CSV copied", failed: "Could not copy" }[status];
  return (
    <div className="relative shrink-0">
      <button
        {...menu.buttonProps}
        aria-label={`Export ${name}`}
        title="Export this data"
        className="flex h-7 items-center gap-0.5 rounded-md px-1.5 text-fg-subtle hover:bg-surface-muted hover:text-fg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
      >
        {status === "copied" ? <CheckIcon /> : <DownloadIcon />}
        <ChevronDownIcon />
      </button>
      <span aria-live="polite" className="sr-only">
        {note}
      </span>
      {note !== "" ? (
        <span aria-hidden="true" className={MENU_TIP}>
          {note}
        </span>
      ) : null}
      <Menu menu={menu} label={`Export ${name}`} className="w-48">
        <MenuItem onClick={() => download("csv")}>
          <DownloadIcon />
          Download CSV
        </MenuItem>
        <MenuItem onClick={() => download("json")}>
          <DownloadIcon />
          Download JSON
        </MenuItem>
        <MenuItem onClick={() => void copyCsv()}>
          <CopyIcon />
          Copy as CSV
        </MenuItem>
      </Menu>
    </div>
  );
}
