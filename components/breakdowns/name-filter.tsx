import { useId } from "react";

/**
 * A breakdown table's filter-by-name box. `/` focuses it (`data-shortcut-target`, the shortcuts' list);
 * names are matched as typed, in the table's monospace.
 */
export function NameFilter({
  label,
  labelHidden = false,
  value,
  onChange,
  placeholder,
  width,
}: {
  readonly label: string;
  /** Said to screen readers only, where the table's title already says what is filtered. */
  readonly labelHidden?: boolean;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly placeholder: string;
  /** Width classes (`w-36`). */
  readonly width: string;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className={labelHidden ? "sr-only" : "text-xs text-fg-muted"}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        data-shortcut-target="name-filter"
        className={`h-8 min-w-0 rounded-lg border border-border bg-surface px-2 font-mono text-xs text-fg placeholder:text-fg-subtle focus-visible:outline-2 focus-visible:outline-focus ${width}`}
      />
    </>
  );
}
