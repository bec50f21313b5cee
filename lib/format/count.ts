import { scaleToUnit } from "./significant";

export const COUNT_SUFFIXES = ["", "k", "M", "B"] as const;

/** An operation count, short: "950", "1.2k", "12.3M", "4B" (billions; nothing larger is expected). */
export function formatCount(count: number): string {
  if (!Number.isFinite(count)) return "—";
  const { text, unit } = scaleToUnit(count, 1000, COUNT_SUFFIXES.length);
  return `${text}${COUNT_SUFFIXES[unit]}`;
}
