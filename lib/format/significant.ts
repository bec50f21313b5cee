/**
 * A number with about three significant digits and no trailing zeros ("1.5", "12.4", "123"), the
 * precision people read at a glance; integers of 100 and above are never given decimals.
 * Uses "." regardless of locale so server and browser render the same text.
 */
export function formatSignificant(x: number): string {
  const abs = Math.abs(x);
  const decimals = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  const text = x.toFixed(decimals);
  const trimmed = text.includes(".") ? text.replace(/\.?0+$/, "") : text;
  return trimmed === "-0" ? "0" : trimmed;
}

/** `x` rounded the way `formatSignificant` shows it, to detect when rounding reaches the next unit. */
export function roundSignificant(x: number): number {
  return Number(formatSignificant(x));
}

/**
 * Scales `value` by powers of `base` to the largest unit it reaches, re-checking after rounding so that
 * 1023.99 KiB reads "1 MiB" rather than "1024 KiB". Returns the shown number and the unit index.
 */
export function scaleToUnit(value: number, base: number, unitCount: number): { text: string; unit: number } {
  const abs = Math.abs(value);
  let unit = 0;
  while (unit < unitCount - 1 && abs >= base ** (unit + 1)) unit++;
  let scaled = value / base ** unit;
  if (unit < unitCount - 1 && Math.abs(roundSignificant(scaled)) >= base) {
    unit++;
    scaled = value / base ** unit;
  }
  return { text: formatSignificant(scaled), unit };
}
