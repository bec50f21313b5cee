"use client";

import dynamic from "next/dynamic";
import { useEffect, useId, useRef, useState } from "react";
import { CalendarIcon, ChevronDownIcon } from "@/components/ui/icons";
import { rangeLabel } from "@/lib/format/range-label";
import type { RangeSpec } from "@/lib/time-range/search-params";
import { useViewZone } from "./use-time-zone";
import { useViewParams } from "./use-view-params";

// The picker's form (quick ranges, typed dates, the fetch summary) loads when the picker is first opened.
const TimeRangeForm = dynamic(() => import("./time-range-form").then((m) => m.TimeRangeForm), { ssr: false });

/**
 * The view's time range: a button naming the range on screen that opens quick ranges (1 hour to 90
 * days, this month, last month), relative expressions (`now-6h` to `now`) and an absolute range typed
 * in the app's date format. Ranges the API would refuse (over 13 months, ending in the future) are
 * explained in the form and never navigated to.
 */
export function TimeRangePicker() {
  const { state, navigate } = useViewParams();
  const zone = useViewZone(state.tz);
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      triggerRef.current?.focus();
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [open]);

  function apply(range: RangeSpec) {
    setOpen(false);
    triggerRef.current?.focus();
    navigate({ ...state, range });
  }

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={triggerRef}
        type="button"
        data-shortcut-target="time-range"
        aria-expanded={open}
        aria-controls={panelId}
        aria-haspopup="dialog"
        onClick={() => setOpen((was) => !was)}
        className="flex h-8 max-w-[calc(100vw-2rem)] items-center gap-2 rounded-lg border border-border bg-surface px-2.5 text-xs font-medium text-fg hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
      >
        <CalendarIcon />
        <span className="sr-only">Time range:</span>
        <span className="truncate tabular-nums">{rangeLabel(state.range, zone)}</span>
        <ChevronDownIcon />
      </button>
      {open ? (
        <div
          id={panelId}
          role="dialog"
          aria-label="Choose a time range"
          className="z-50 rounded-xl border border-border-strong bg-surface-raised p-3 shadow-xl shadow-black/10 max-md:fixed max-md:inset-x-3 max-md:top-16 max-md:max-h-[calc(100dvh-5rem)] max-md:overflow-y-auto sm:p-4 md:absolute md:top-full md:left-0 md:mt-2 md:w-[40rem]"
        >
          <TimeRangeForm state={state} zone={zone} onApply={apply} />
        </div>
      ) : null}
    </div>
  );
}
