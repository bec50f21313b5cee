import { scaleToUnit } from "./significant";

const SUFFIXES = ["", "k", "M", "B"] as const;

/** An operation count, short: "950", "1.2k", "12.3M", "4B" (billions; nothing larger is expected). */
export function formatCount(count: number): string {
  if (!Number.isFinite(count)) return "—";
  const { text, unit } = scaleToUnit(count, 1000, SUFFIXES.length);
  return `${text}${SUFFIXES[unit]}`;
}
