import type { Level } from "@/lib/s2/contract";
import type { EmbedTarget } from "./embed-spec";

/**
 * Panel titles of embedded sets, worded as the dashboard's views word them (components/views/*), so an
 * embed reads like the view it came from.
 */
interface SetTitle {
  readonly title: string;
  readonly description: string;
}

const SET_TITLES: { readonly [L in Level]: Readonly<Record<string, SetTitle>> } = {
  account: {
    "active-basins": { title: "Active basins", description: "Basins with at least one stream in this range" },
    "account-ops": { title: "Account operations", description: "API calls by operation type" },
  },
  basin: {
    storage: { title: "Storage", description: "Bytes stored across the basin (hourly readings)" },
    "append-ops": { title: "Append operations", description: "By storage class" },
    "read-ops": { title: "Read operations", description: "Unary and streaming reads" },
    "append-throughput": { title: "Append throughput", description: "Bytes appended" },
    "read-throughput": { title: "Read throughput", description: "Bytes read" },
    "basin-ops": { title: "Basin operations", description: "API calls on this basin by type" },
  },
  stream: {
    storage: { title: "Storage", description: "Bytes stored in this stream (metered size, minute readings)" },
  },
};

export function setTitle(level: Level, set: string): SetTitle {
  return Object.hasOwn(SET_TITLES[level], set)
    ? (SET_TITLES[level][set] as SetTitle)
    : { title: set, description: "" };
}

/** The heading of a whole-view embed, as the view's own heading reads. */
export function viewTitle(target: EmbedTarget): { title: string; subtitle: string } {
  switch (target.level) {
    case "account":
      return { title: "Account", subtitle: "Usage across every basin" };
    case "basin":
      return { title: target.basin, subtitle: "Basin" };
    case "stream":
      return { title: target.stream, subtitle: `Stream in ${target.basin}` };
  }
}
