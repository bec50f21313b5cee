import { lastDurationLabel, shownWindowLabel } from "@/lib/format/range-label";
import { formatDateTime } from "@/lib/format/time-labels";
import { describeTarget } from "./authorise";
import type { EmbedStatus, EmbedSummary } from "./embeds-contract";
import { setTitle } from "./set-titles";

/** The Embeds page's wording of a record: what it shows, over which range, and when things happened. */

export function embedWhatLabel(embed: Pick<EmbedSummary, "kind" | "target" | "sets" | "title">): string {
  const where = describeTarget(embed.target);
  const what =
    embed.kind === "chart" && embed.sets[0] !== undefined
      ? `${setTitle(embed.target.level, embed.sets[0]).title} chart of ${where}`
      : `Whole view of ${where}`;
  // The Share dialog titles a chart with its set's name; saying it twice says nothing more.
  if (embed.title === undefined || what.startsWith(embed.title)) return what;
  return `${embed.title} (${what})`;
}

export function embedRangeLabel(range: EmbedSummary["range"], zone: string | undefined): string {
  return range.kind === "relative"
    ? lastDurationLabel(range.seconds)
    : shownWindowLabel({ start: range.start, end: range.end }, zone, false);
}

/** Epoch ms (as the API gives them) to the dashboard's label; `never` for a missing time. */
export function embedTimeLabel(ms: number | null, zone: string | undefined, never = "never"): string {
  return ms === null ? never : formatDateTime(Math.floor(ms / 1000), zone);
}

export const EMBED_STATUS_LABELS: Record<EmbedStatus, string> = {
  active: "Active",
  revoked: "Revoked",
  expired: "Expired",
};
