"use client";

export interface ZoomOutButtonProps {
  /** What the wider range will be, for the accessible name and tooltip ("Zoom out to 48 h"). */
  readonly label: string;
  readonly onZoomOut: () => void;
  /** Already at the widest range a view serves. */
  readonly disabled?: boolean;
}

/** A small magnifier-minus beside a panel's title: widens the view's range (`zoomOut`). */
export function ZoomOutButton({ label, onZoomOut, disabled }: ZoomOutButtonProps) {
  return (
    <button
      type="button"
      onClick={onZoomOut}
      disabled={disabled}
      aria-label={label}
      title={label}
      data-testid="zoom-out"
      className="flex size-7 shrink-0 items-center justify-center rounded-md text-fg-muted hover:bg-surface-muted hover:text-fg focus-visible:outline-2 focus-visible:outline-focus disabled:opacity-40"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        width="14"
        height="14"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
      >
        <circle cx="7" cy="7" r="4.5" />
        <path d="M5 7h4M10.5 10.5 14 14" />
      </svg>
    </button>
  );
}
