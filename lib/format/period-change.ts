import type { PeriodChange } from "@/lib/chart-data/compare-period";
import { formatDuration } from "./duration";

/** "24 h", "7 days", "90 minutes": the length of the period compared with, as people say it. */
export function periodLength(seconds: number): string {
  if (seconds > 0 && seconds % 86_400 === 0 && seconds > 2 * 86_400) return `${seconds / 86_400} days`;
  if (seconds > 0 && seconds % 3_600 === 0) return `${seconds / 3_600} h`;
  return formatDuration(seconds);
}

export interface ChangeText {
  /** "+12 % vs previous 24 h", "0 before (previous 24 h)", ... */
  readonly text: string;
  /** Which way it went, for an arrow and colour; null when there is no direction to show. */
  readonly direction: "up" | "down" | "flat" | null;
}

/** A stat card's change line. The minus is U+2212, so it lines up with the plus in tabular figures. */
export function formatPeriodChange(change: PeriodChange, previousSeconds: number): ChangeText {
  const vs = `vs previous ${periodLength(previousSeconds)}`;
  switch (change.kind) {
    case "ratio": {
      const percent = change.ratio * 100;
      const rounded = Math.abs(percent) >= 10 ? Math.round(percent) : Math.round(percent * 10) / 10;
      if (rounded === 0) return { text: `no change ${vs}`, direction: "flat" };
      const sign = rounded > 0 ? "+" : "\u2212";
      const digits = Math.abs(rounded).toLocaleString("en-US");
      return { text: `${sign}${digits} % ${vs}`, direction: rounded > 0 ? "up" : "down" };
    }
    case "from-zero":
      return { text: `up from 0 ${vs}`, direction: "up" };
    case "unchanged":
      return { text: `no change ${vs}`, direction: "flat" };
    case "no-current":
      return { text: `no data now; some ${vs}`, direction: null };
    case "no-previous":
      return { text: `no data in previous ${periodLength(previousSeconds)}`, direction: null };
  }
}
