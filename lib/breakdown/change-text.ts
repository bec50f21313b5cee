import type { PeriodChange } from "@/lib/chart-data/compare-period";

/**
 * A change as a table cell says it, short because the column header names the period ("vs previous
 * 24 h"): "+12 %", "−3.4 %", "new" (from 0), "0 %", and "—" where there is nothing to compare.
 * The minus is U+2212, as on the stat cards, so it lines up with the plus in tabular figures.
 */
export function changeCellText(change: PeriodChange): {
  text: string;
  direction: "up" | "down" | "flat" | null;
} {
  switch (change.kind) {
    case "ratio": {
      const percent = change.ratio * 100;
      const rounded = Math.abs(percent) >= 10 ? Math.round(percent) : Math.round(percent * 10) / 10;
      if (rounded === 0) return { text: "0 %", direction: "flat" };
      const sign = rounded > 0 ? "+" : "\u2212";
      return {
        text: `${sign}${Math.abs(rounded).toLocaleString("en-US")} %`,
        direction: rounded > 0 ? "up" : "down",
      };
    }
    case "from-zero":
      return { text: "new", direction: "up" };
    case "unchanged":
      return { text: "0 %", direction: "flat" };
    case "no-current":
      return { text: "gone", direction: "down" };
    case "no-previous":
      return { text: "—", direction: null };
  }
}
