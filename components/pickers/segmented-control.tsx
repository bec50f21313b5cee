"use client";

import { type ReactNode, useId } from "react";

export interface SegmentOption<T extends string> {
  readonly value: T;
  readonly label: ReactNode;
  /** Extra words for the option, e.g. what "Auto" resolves to. */
  readonly title?: string;
  /** Why the option cannot be chosen now; the option shows but is disabled, with this as its description. */
  readonly disabledReason?: string | null;
}

export interface SegmentedControlProps<T extends string> {
  /** The group's accessible name ("Interval", "Time zone"). */
  readonly label: string;
  readonly options: readonly SegmentOption<T>[];
  readonly value: T;
  readonly onChange: (value: T) => void;
  /** Show the label as text before the segments instead of only to screen readers. */
  readonly showLabel?: boolean;
}

/**
 * A row of mutually exclusive choices, built on native radio inputs so keyboard behaviour (Tab into
 * the group, arrows between options) and screen-reader announcements come for free.
 */
export function SegmentedControl<T extends string>({
  label,
  options,
  value,
  onChange,
  showLabel,
}: SegmentedControlProps<T>) {
  const name = useId();
  return (
    <fieldset className="flex min-w-0 items-center gap-2">
      <legend className={showLabel ? "float-left mr-2 text-xs text-fg-muted" : "sr-only"}>{label}</legend>
      <div className="inline-flex rounded-lg border border-border bg-surface-muted p-0.5">
        {options.map((option) => (
          <label key={option.value} className="relative" title={option.disabledReason ?? option.title}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              disabled={Boolean(option.disabledReason)}
              aria-description={option.disabledReason ?? option.title}
              onChange={() => onChange(option.value)}
              className="peer sr-only"
            />
            <span className="flex h-7 cursor-pointer items-center rounded-md px-2.5 text-xs font-medium whitespace-nowrap text-fg-muted transition-colors select-none peer-checked:bg-surface peer-checked:text-fg peer-checked:shadow-sm peer-focus-visible:outline-2 peer-focus-visible:outline-focus peer-disabled:cursor-not-allowed peer-disabled:text-fg-subtle peer-disabled:line-through hover:text-fg peer-disabled:hover:text-fg-subtle">
              {option.label}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
