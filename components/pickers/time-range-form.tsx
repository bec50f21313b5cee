"use client";

import { type FormEvent, useId, useState } from "react";
import { PRESET_LABELS } from "@/lib/format/range-label";
import { toWallClock, type WallClock } from "@/lib/format/wall-clock";
import { PRESETS } from "@/lib/time-range/options";
import { rangeBounds } from "@/lib/time-range/resolve-range";
import type { RangeSpec, ViewState } from "@/lib/time-range/search-params";
import { formatTimeExpr } from "@/lib/time-range/time-expr";
import { checkExpressionRange, checkWallClockRange, type RangeCheck } from "./custom-range";

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
 * opens; nothing reaches the URL until a range passes S2's rules, and a refused range shows why.
 */
export function TimeRangeForm({ state, zone, onApply }: TimeRangeFormProps) {
  const { range } = state;
  const ids = useId();
  // Seeds only: the form remounts each time the picker opens.
  const [fromText, setFromText] = useState(() =>
    range.kind === "custom"
      ? formatTimeExpr(range.from)
      : range.kind === "preset"
        ? `now-${range.preset}`
        : "",
  );
  const [toText, setToText] = useState(() => (range.kind === "custom" ? formatTimeExpr(range.to) : "now"));
  const [wall, setWall] = useState(() => {
    const { start, end } = rangeBounds(range, nowSeconds());
    return { from: toWallClock(start, zone), to: toWallClock(end, zone) };
  });
  const [exprError, setExprError] = useState<string | null>(null);
  const [wallError, setWallError] = useState<string | null>(null);

  function submit(event: FormEvent, result: RangeCheck, setError: (reason: string | null) => void) {
    event.preventDefault();
    if (result.ok) onApply(result.range);
    else setError(result.reason);
  }

  const setWallEnd = (end: "from" | "to", field: keyof WallClock, value: string) => {
    setWall((w) => ({ ...w, [end]: { ...w[end], [field]: value } }));
    setWallError(null);
  };

  return (
    <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
      <section aria-labelledby={`${ids}-quick`}>
        <h3 id={`${ids}-quick`} className={HEADING}>
          Quick ranges
        </h3>
        <ul className="flex flex-wrap gap-1 sm:flex-col">
          {PRESETS.map((preset) => {
            const current = range.kind === "preset" && range.preset === preset;
            return (
              <li key={preset}>
                <button
                  type="button"
                  aria-pressed={current}
                  onClick={() => onApply({ kind: "preset", preset })}
                  className="w-full rounded-md px-2 py-1.5 text-left text-sm text-fg hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-focus aria-pressed:bg-accent-soft aria-pressed:font-medium aria-pressed:text-accent"
                >
                  {PRESET_LABELS[preset]}
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
          <FormFooter errorId={`${ids}-rel-err`} error={exprError} />
        </form>

        <form
          aria-labelledby={`${ids}-abs`}
          noValidate
          onSubmit={(e) =>
            submit(e, checkWallClockRange(wall.from, wall.to, state.tz, nowSeconds()), setWallError)
          }
        >
          <h3 id={`${ids}-abs`} className={HEADING}>
            Absolute <span className="font-normal tracking-normal normal-case">· {zone}</span>
          </h3>
          <div className="grid gap-2">
            {(["from", "to"] as const).map((end) => (
              <fieldset key={end} className="min-w-0">
                <legend className="text-xs text-fg-muted">{end === "from" ? "Start" : "End"}</legend>
                <div className="mt-1 grid grid-cols-[minmax(0,1fr)_8rem] gap-1.5">
                  <input
                    type="date"
                    aria-label={`${end === "from" ? "Start" : "End"} date`}
                    className={INPUT}
                    value={wall[end].date}
                    onChange={(e) => setWallEnd(end, "date", e.target.value)}
                    aria-invalid={wallError !== null}
                    aria-describedby={`${ids}-abs-err`}
                  />
                  <input
                    type="time"
                    aria-label={`${end === "from" ? "Start" : "End"} time`}
                    className={INPUT}
                    value={wall[end].time}
                    onChange={(e) => setWallEnd(end, "time", e.target.value)}
                    aria-invalid={wallError !== null}
                    aria-describedby={`${ids}-abs-err`}
                  />
                </div>
              </fieldset>
            ))}
          </div>
          <FormFooter errorId={`${ids}-abs-err`} error={wallError} />
        </form>
      </div>
    </div>
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
