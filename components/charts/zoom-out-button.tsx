"use client";

import { ZoomOutIcon } from "@/components/ui/icons";

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
      <ZoomOutIcon />
    </button>
  );
}
