export interface TooltipLine {
  readonly key: string;
  readonly name: string;
  readonly color: string | null;
  readonly value: string;
  /** A second figure beside the value, e.g. the bucket total behind a rate. */
  readonly detail?: string | null;
  /** Dims the value, e.g. "no data" or "no reading", so it does not read like a number. */
  readonly muted?: boolean;
}

export interface ChartTooltipCardProps {
  readonly title: string;
  readonly lines: readonly TooltipLine[];
  readonly note?: string | null;
}

/** The box a chart shows on hover: what the point or bar is, then one line per series. */
export function ChartTooltipCard({ title, lines, note }: ChartTooltipCardProps) {
  return (
    <div className="pointer-events-none min-w-44 max-w-[min(18rem,calc(100vw-3rem))] rounded-lg border border-border-strong bg-surface-raised px-3 py-2 text-xs shadow-lg shadow-black/5">
      <p className="font-medium text-fg">{title}</p>
      {note ? <p className="mt-0.5 text-note">{note}</p> : null}
      <ul className="mt-1.5 space-y-1">
        {lines.map((line) => (
          <li key={line.key} className="flex items-center justify-between gap-4">
            <span className="flex min-w-0 items-center gap-1.5 text-fg-muted">
              {line.color === null ? (
                <span aria-hidden="true" className="size-2" />
              ) : (
                <span
                  aria-hidden="true"
                  className="size-2 shrink-0 rounded-[2px]"
                  style={{ background: line.color }}
                />
              )}
              <span className="truncate">{line.name}</span>
            </span>
            <span className="flex shrink-0 items-baseline gap-1.5">
              {line.detail ? (
                <span className="text-fg-subtle tabular-nums" data-testid="tooltip-total">
                  {line.detail}
                </span>
              ) : null}
              <span
                className={`tabular-nums ${line.muted ? "text-fg-subtle italic" : "font-medium text-fg"}`}
              >
                {line.value}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
