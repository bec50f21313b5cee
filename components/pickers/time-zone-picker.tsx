"use client";

import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { ChevronDownIcon } from "@/components/ui/icons";
import { timeZoneLabel } from "@/lib/format/time-zone";
import type { TzChoice } from "@/lib/time-range/options";
import { filterZones, supportedZones, zoneOptions } from "@/lib/time-range/zone-options";
import { useLocalZone } from "./use-time-zone";
import { useViewParams } from "./use-view-params";

/** The trigger's text: the same on server and client ("Local" needs no browser zone to print). */
function shortLabel(tz: TzChoice): string {
  if (tz === "local") return "Local";
  if (tz === "utc") return "UTC";
  return tz;
}

/**
 * The zone every time in the view is printed in: Local, UTC or any IANA zone, kept in the URL (`tz`).
 * A button opens a searchable list (ARIA combobox: a text field that filters a listbox; arrows move,
 * Enter chooses, Escape closes), since 400 zones are too many for a select.
 */
export function TimeZonePicker() {
  const { state, navigate } = useViewParams();
  const local = useLocalZone();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const ids = useId();

  // Offsets are those of the moment the list opens; built only while open (400 Intl formats).
  const options = useMemo(
    () => (open ? zoneOptions(supportedZones(), local, Math.floor(Date.now() / 1000), state.tz) : []),
    [open, local, state.tz],
  );
  const matches = useMemo(() => filterZones(options, query), [options, query]);
  const activeOption = matches[Math.min(active, matches.length - 1)];

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  useEffect(() => {
    if (!open || activeOption === undefined) return;
    document.getElementById(`${ids}-${activeOption.value}`)?.scrollIntoView({ block: "nearest" });
  }, [open, activeOption, ids]);

  function openList() {
    setQuery("");
    setOpen(true);
  }

  // Start on the current choice, once the list exists.
  useEffect(() => {
    if (open && query === "")
      setActive(
        Math.max(
          0,
          options.findIndex((o) => o.value === state.tz),
        ),
      );
  }, [open, options, query, state.tz]);

  function close() {
    setOpen(false);
    triggerRef.current?.focus();
  }

  function choose(tz: TzChoice) {
    close();
    if (tz !== state.tz) navigate({ ...state, tz });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = matches.length - 1;
    const next =
      event.key === "ArrowDown"
        ? Math.min(last, active + 1)
        : event.key === "ArrowUp"
          ? Math.max(0, active - 1)
          : event.key === "PageDown"
            ? Math.min(last, active + 10)
            : event.key === "PageUp"
              ? Math.max(0, active - 10)
              : null;
    if (next !== null) {
      event.preventDefault();
      setActive(next);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (activeOption) choose(activeOption.value);
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === "Tab") {
      setOpen(false);
    }
  }

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={triggerRef}
        type="button"
        aria-haspopup="listbox"
        aria-expanded={open}
        title={timeZoneLabel(state.tz, local)}
        onClick={() => (open ? setOpen(false) : openList())}
        className="flex h-8 max-w-[14rem] items-center gap-1.5 rounded-lg border border-border bg-surface px-2.5 text-xs font-medium text-fg hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
      >
        <span className="sr-only">Time zone:</span>
        <span className="truncate">{shortLabel(state.tz)}</span>
        <ChevronDownIcon />
      </button>
      {open ? (
        <div className="z-50 rounded-xl border border-border-strong bg-surface-raised p-2 shadow-xl shadow-black/10 max-md:fixed max-md:inset-x-3 max-md:top-16 md:absolute md:top-full md:right-0 md:mt-2 md:w-80">
          <label htmlFor={`${ids}-input`} className="sr-only">
            Search time zones
          </label>
          <input
            id={`${ids}-input`}
            // Focus moves into the list's field as it opens, like a select's own list.
            // biome-ignore lint/a11y/noAutofocus: the field is the popup's only control
            autoFocus
            role="combobox"
            aria-expanded="true"
            aria-controls={`${ids}-list`}
            aria-autocomplete="list"
            aria-activedescendant={activeOption ? `${ids}-${activeOption.value}` : undefined}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            placeholder="City, region or UTC+9"
            autoComplete="off"
            spellCheck={false}
            className="h-8 w-full rounded-md border border-border-strong bg-surface px-2 text-sm text-fg placeholder:text-fg-subtle focus:border-accent focus:outline-2 focus:outline-focus/30"
          />
          <div
            id={`${ids}-list`}
            role="listbox"
            aria-label="Time zones"
            className="mt-2 max-h-72 overflow-y-auto"
          >
            {matches.map((option, index) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox field (aria-activedescendant)
              <div
                key={option.value}
                tabIndex={-1}
                id={`${ids}-${option.value}`}
                role="option"
                aria-selected={option.value === state.tz}
                data-active={index === active || undefined}
                onClick={() => choose(option.value)}
                onPointerMove={() => setActive(index)}
                className="flex cursor-pointer items-center justify-between gap-3 rounded-md px-2 py-1.5 text-sm text-fg data-active:bg-surface-muted aria-selected:font-semibold aria-selected:text-accent"
              >
                <span className="min-w-0 truncate">{option.label.replaceAll("_", " ")}</span>
                <span className="shrink-0 text-xs tabular-nums text-fg-muted">{option.offset}</span>
              </div>
            ))}
          </div>
          {matches.length === 0 ? (
            <p className="px-2 py-1.5 text-sm text-fg-muted" role="status">
              No time zone matches “{query}”.
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
