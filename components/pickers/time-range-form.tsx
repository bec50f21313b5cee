"use client";

import { type FormEvent, useId, useState } from "react";
import { CALENDAR_PERIOD_LABELS, PRESET_LABELS } from "@/lib/format/range-label";
import { fetchSummary, fetchSummaryText } from "@/lib/time-range/drawn-bars";
import { CALENDAR_PERIODS, PRESETS } from "@/lib/time-range/options";
import { rangeBounds, resolveViewWindow } from "@/lib/time-range/resolve-range";
import type { RangeSpec, ViewState } from "@/lib/time-range/search-params";
import { formatTimeExpr } from "@/lib/time-range/time-expr";
import { formatWallText, WALL_TEXT_HINT } from "@/lib/time-range/wall-text";
import { checkExpressionRange, checkWallTextRange, type RangeCheck } from "./custom-range";

export interface TimeRangeFormProps {
  readonly state: ViewState;
  readonly zone: string;
  readonly onApply: (range: RangeSpec) => void;
}

const INPUT =
  "h-8 w-full min-w-0 rounded-md border border-border-strong bg-surface px-2 text-sm text-fg tabular-nums placeholder:text-fg-subtle focus:border-accent focus:outline-2 focus:outline-focus/30 aria-[invalid=true]:border-danger";
const APPLY =
  "h-8 rounded-md bg-accent px-3 text-xs font-semibold text-accent-fg hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus";
const HEADING = "mb-2 text-xs font-semibold tracking-wide text-fg-muted uppercase";

const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * The picker's contents. Its inputs are transient form state seeded from the URL when the picker
 * opens; nothing reaches the URL until a range passes the API's rules (up to 13 months, not in the
 * future), a refused range shows why, and an acceptable one says what it will fetch.
 */
export function TimeRangeForm({ state, zone, onApply }: TimeRangeFormProps) {
  const { range } = state;
  const ids = useId();
  // Seeds only: the form remounts each time the picker opens.
  const [seed] = useState(() => rangeBounds(range, nowSeconds(), zone));
  const [fromText, setFromText] = useState(() =>
    range.kind === "custom"
      ? formatTimeExpr(range.from)
      : range.kind === "preset"
        ? `now-${range.preset}`
        : formatTimeExpr({ kind: "absolute", t: seed.start }),
  );
  const [toText, setToText] = useState(() =>
    range.kind === "custom"
      ? formatTimeExpr(range.to)
      : range.kind === "calendar"
        ? formatTimeExpr({ kind: "absolute", t: seed.end })
        : "now",
  );
  const [wall, setWall] = useState(() => ({
    from: formatWallText(seed.start, zone),
    to: formatWallText(seed.end, zone),
  }));
  const [exprError, setExprError] = useState<string | null>(null);
  const [wallError, setWallError] = useState<string | null>(null);

  function submit(event: FormEvent, result: RangeCheck, setError: (reason: string | null) => void) {
    event.preventDefault();
    if (result.ok) onApply(result.range);
    else setError(result.reason);
  }

  const setWallEnd = (end: "from" | "to", value: string) => {
    setWall((w) => ({ ...w, [end]: value }));
    setWallError(null);
  };
  // What each form would fetch, while what is typed is a range the view can show.
  const exprCheck = checkExpressionRange(fromText, toText, nowSeconds());
  const wallCheck = checkWallTextRange(wall.from, wall.to, zone, nowSeconds());

  return (
    <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
      <section aria-labelledby={`${ids}-quick`}>
        <h3 id={`${ids}-quick`} className={HEADING}>
          Quick ranges
        </h3>
        <ul className="flex flex-wrap gap-1 sm:flex-col">
          {[
            ...PRESETS.map((preset) => ({
              spec: { kind: "preset", preset } as const,
              label: PRESET_LABELS[preset],
            })),
            ...CALENDAR_PERIODS.map((period) => ({
              spec: { kind: "calendar", period } as const,
              label: CALENDAR_PERIOD_LABELS[period],
            })),
          ].map(({ spec, label }) => {
            const current = JSON.stringify(range) === JSON.stringify(spec);
            return (
              <li key={label}>
                <button
                  type="button"
                  aria-pressed={current}
                  title={fetchNote(spec, state, zone) ?? undefined}
                  onClick={() => onApply(spec)}
                  className="w-full rounded-md px-2 py-1.5 text-left text-sm whitespace-nowrap text-fg hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-focus aria-pressed:bg-accent-soft aria-pressed:font-medium aria-pressed:text-accent"
                >
                  {label}
                </button>
              </li>
            );
          })}
        </ul>
      </section>

      <div className="space-y-4 sm:border-l sm:border-border sm:pl-4">
        <form
          aria-labelledby={`${ids}-rel`}
          noValidate
          onSubmit={(e) => submit(e, checkExpressionRange(fromText, toText, nowSeconds()), setExprError)}
        >
          <h3 id={`${ids}-rel`} className={HEADING}>
            Relative or exact
          </h3>
          <div className="grid grid-cols-2 gap-2">
            <label className="text-xs text-fg-muted">
              From
              <input
                className={`${INPUT} mt-1 font-mono`}
                value={fromText}
                onChange={(e) => {
                  setFromText(e.target.value);
                  setExprError(null);
                }}
                aria-invalid={exprError !== null}
                aria-describedby={`${ids}-rel-help ${ids}-rel-err`}
                spellCheck={false}
                autoComplete="off"
                placeholder="now-6h"
              />
            </label>
            <label className="text-xs text-fg-muted">
              To
              <input
                className={`${INPUT} mt-1 font-mono`}
                value={toText}
                onChange={(e) => {
                  setToText(e.target.value);
                  setExprError(null);
                }}
                aria-invalid={exprError !== null}
                aria-describedby={`${ids}-rel-help ${ids}-rel-err`}
                spellCheck={false}
                autoComplete="off"
                placeholder="now"
              />
            </label>
          </div>
          <p id={`${ids}-rel-help`} className="mt-1.5 text-xs text-fg-subtle">
            <code>now</code>, <code>now-30m</code>, <code>now-6h</code>, <code>now-7d</code>, epoch seconds,
            or ISO 8601 with an offset.
          </p>
          <FetchNote check={exprCheck} state={state} zone={zone} testId="fetch-note-relative" />
          <FormFooter errorId={`${ids}-rel-err`} error={exprError} />
        </form>

        <form
          aria-labelledby={`${ids}-abs`}
          noValidate
          onSubmit={(e) =>
            submit(e, checkWallTextRange(wall.from, wall.to, zone, nowSeconds()), setWallError)
          }
        >
          <h3 id={`${ids}-abs`} className={HEADING}>
            Absolute <span className="font-normal tracking-normal normal-case">· {zone}</span>
          </h3>
          <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
            {(["from", "to"] as const).map((end) => (
              <label key={end} className="min-w-0 text-xs text-fg-muted">
                {end === "from" ? "Start" : "End"}
                <input
                  className={`${INPUT} mt-1`}
                  value={wall[end]}
                  onChange={(e) => setWallEnd(end, e.target.value)}
                  aria-invalid={wallError !== null}
                  aria-describedby={`${ids}-abs-help ${ids}-abs-err`}
                  spellCheck={false}
                  autoComplete="off"
                  placeholder="3 Mar 2025 14:05"
                />
              </label>
            ))}
          </div>
          <p id={`${ids}-abs-help`} className="mt-1.5 text-xs text-fg-subtle">
            {WALL_TEXT_HINT} Up to 13 months.
          </p>
          <FetchNote check={wallCheck} state={state} zone={zone} testId="fetch-note-absolute" />
          <FormFooter errorId={`${ids}-abs-err`} error={wallError} />
        </form>
      </div>
    </div>
  );
}

/** "Hourly data · 2,160 buckets per series · fetched in 3 windows of ≤ 30 days" for a range, or null. */
function fetchNote(range: RangeSpec, state: ViewState, zone: string): string | null {
  const shown = resolveViewWindow({ range, interval: state.interval }, nowSeconds(), zone);
  return shown.ok ? fetchSummaryText(fetchSummary(shown.range, shown.interval)) : null;
}

function FetchNote(props: {
  readonly check: RangeCheck;
  readonly state: ViewState;
  readonly zone: string;
  readonly testId: string;
}) {
  const note = props.check.ok ? fetchNote(props.check.range, props.state, props.zone) : null;
  return (
    <p className="mt-1 min-h-4 text-xs tabular-nums text-fg-muted" data-testid={props.testId}>
      {note}
    </p>
  );
}

function FormFooter({ errorId, error }: { readonly errorId: string; readonly error: string | null }) {
  return (
    <div className="mt-2 flex items-start justify-between gap-3">
      <p id={errorId} role="alert" className="min-h-4 text-xs text-danger">
        {error}
      </p>
      <button type="submit" className={APPLY}>
        Apply
      </button>
    </div>
  );
}
