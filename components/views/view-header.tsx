"use client";

import { type ReactNode, useId, useState } from "react";
import { ShareMenu } from "@/components/embed/share-menu";
import { CompareToggle } from "@/components/pickers/compare-toggle";
import { IntervalPicker } from "@/components/pickers/interval-picker";
import { RefreshPicker } from "@/components/pickers/refresh-picker";
import { TimeRangePicker } from "@/components/pickers/time-range-picker";
import { TimezoneToggle } from "@/components/pickers/timezone-toggle";
import { ValuesToggle } from "@/components/pickers/values-toggle";
import { ViewShortcuts } from "@/components/shortcuts/view-shortcuts";
import { ChevronDownIcon } from "@/components/ui/icons";
import { clampNotice, shownWindowLabel } from "@/lib/format/range-label";
import { isRelativeRange } from "@/lib/view/is-relative";
import { AppBar, ViewTitle } from "./app-bar";
import { DataAsOf } from "./data-as-of";
import type { ViewWindow } from "./use-view-window";

export interface ViewHeaderProps {
  readonly breadcrumbs?: ReactNode;
  readonly title: string;
  readonly subtitle?: string;
  readonly window: ViewWindow;
  /** Replaces the Share menu (Copy link, and Embed where embedding is configured). */
  readonly share?: ReactNode;
}

/**
 * The top of every view: app bar, breadcrumbs, title, and the pickers that drive the URL state. At small
 * widths the pickers sit in one "Range & options" sheet, so they take one row, not three (Share sits
 * beside the title);
 * from `md` up they are inline, under the title so a long name never competes with them for width. One
 * set of pickers serves both: the sheet is the same element, shown.
 */
export function ViewHeader({ breadcrumbs, title, subtitle, window, share }: ViewHeaderProps) {
  const { issues, resolved, now, zone, state } = window;
  const [sheetOpen, setSheetOpen] = useState(false);
  const sheetId = useId();
  // Presets and "this month" end now; a custom range only when its `to` is plain `now`.
  const endsNow =
    state.range.kind === "custom"
      ? state.range.to.kind === "now"
      : state.range.kind === "preset" || state.range.period === "this-month";
  const clamped = resolved.ok ? clampNotice(resolved.requested, resolved.range, zone) : null;
  return (
    <header className="flex flex-col gap-4">
      <ViewShortcuts
        shown={resolved.ok ? resolved.range : null}
        now={now}
        live={isRelativeRange(state.range)}
      />
      <AppBar />
      {breadcrumbs}
      <div className="flex flex-col gap-3">
        <div className="flex items-start justify-between gap-3">
          <ViewTitle title={title} subtitle={subtitle} />
          {/* Share belongs to the view, not to its range: beside the title at every width. */}
          <div className="shrink-0">{share ?? <ShareMenu now={now} />}</div>
        </div>
        <div className="flex flex-col gap-1.5">
          {/* Phones: one "Range & options" button, the sheet opening below it. From `md`: every control on
              one wrapping row (the sheet's box gives way to its children). */}
          <div className="flex w-full flex-wrap items-center gap-2">
            <button
              type="button"
              aria-expanded={sheetOpen}
              aria-controls={sheetId}
              onClick={() => setSheetOpen((was) => !was)}
              className="flex h-8 items-center gap-1.5 rounded-lg border border-border bg-surface px-2.5 text-xs font-medium text-fg hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus md:hidden"
            >
              Range &amp; options
              <span className={sheetOpen ? "rotate-180" : undefined}>
                <ChevronDownIcon />
              </span>
            </button>
            {/* The view's range and option controls: new ones go here, and join the sheet at small widths. */}
            <div
              id={sheetId}
              data-testid="view-controls"
              className={`w-full flex-wrap items-center gap-2 rounded-lg border border-border bg-surface p-2 md:contents ${sheetOpen ? "flex" : "hidden"}`}
            >
              <TimeRangePicker />
              <IntervalPicker />
              <TimezoneToggle />
              <RefreshPicker />
              <CompareToggle />
              <ValuesToggle />
            </div>
          </div>
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5">
            {resolved.ok ? (
              <p className="text-xs tabular-nums text-fg-muted" data-testid="shown-window">
                Showing {shownWindowLabel(resolved.range, zone, endsNow)}
              </p>
            ) : null}
            <DataAsOf zone={zone} />
          </div>
        </div>
      </div>
      {issues.length > 0 ? (
        <div
          role="status"
          className="rounded-lg border border-note-border bg-note-soft px-3 py-2 text-sm text-note"
        >
          {issues.map((issue) => (
            <p key={issue.param}>Part of this link was not understood: {issue.message}.</p>
          ))}
        </div>
      ) : null}
      {clamped !== null ? (
        <div
          role="status"
          data-testid="range-clamped"
          className="rounded-lg border border-note-border bg-note-soft px-3 py-2 text-sm text-note"
        >
          {clamped}
        </div>
      ) : null}
      {!resolved.ok ? (
        <div
          role="alert"
          className="rounded-lg border border-danger-border bg-danger-soft px-3 py-2 text-sm text-danger"
        >
          This range cannot be shown: {resolved.reason} Pick a quick range or change the dates.
        </div>
      ) : null}
    </header>
  );
}
