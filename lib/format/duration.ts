const UNITS = [
  { seconds: 86_400, one: "day", many: "days" },
  { seconds: 3_600, one: "hour", many: "hours" },
  { seconds: 60, one: "minute", many: "minutes" },
  { seconds: 1, one: "second", many: "seconds" },
] as const;

/**
 * A length of time in words for messages ("30 days", "2 hours 30 minutes"): at most the two largest
 * non-zero units, because "2 days 3 hours 4 minutes 5 seconds" is noise in an error message.
 */
export function formatDuration(totalSeconds: number): string {
  let rest = Math.round(Math.abs(totalSeconds));
  const parts: string[] = [];
  for (const unit of UNITS) {
    const n = Math.floor(rest / unit.seconds);
    rest -= n * unit.seconds;
    if (n > 0 && parts.length < 2) parts.push(`${n} ${n === 1 ? unit.one : unit.many}`);
    else if (parts.length > 0) break; // stop at the first gap so "2 days 5 seconds" never appears
  }
  return parts.length > 0 ? parts.join(" ") : "0 seconds";
}
