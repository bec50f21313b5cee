import { cookies } from "next/headers";
import { ApiError } from "@/lib/api/api-error";
import { readS2Token } from "@/lib/auth/session";
import { sharedS2Client } from "@/lib/upstream/shared-client";
import { closeNames } from "./close-names";

/**
 * Whether a basin or stream exists, for a page's not-found decision. S2's listings only show what the
 * token's scope covers, so a name missing from them is either absent or out of scope: a metrics call
 * tells them apart (403 = out of scope, so the view renders and says so). "unknown" whenever S2 will
 * not say, so a real basin is never called missing.
 */
export type Existence = "yes" | "no" | "unknown";

const HOUR = 3_600;

async function ask(
  listed: (token: string) => Promise<{ name: string }[]>,
  name: string,
  probe: (token: string, range: { start: number; end: number }) => Promise<unknown>,
): Promise<Existence> {
  const token = await readS2Token(await cookies());
  if (token === null) return "unknown";
  try {
    if ((await listed(token)).some((item) => item.name === name)) return "yes";
    const end = Math.floor(Date.now() / 1000);
    await probe(token, { start: end - HOUR, end });
    return "no";
  } catch (error) {
    return error instanceof ApiError && error.status === 404 ? "no" : "unknown";
  }
}

export function basinExists(basin: string): Promise<Existence> {
  const s2 = sharedS2Client();
  return ask(
    async (token) => (await s2.listBasins(token, { prefix: basin, limit: 1 })).basins,
    basin,
    (token, range) => s2.basinMetrics(token, basin, { set: "storage", interval: "hour", ...range }),
  );
}

export interface StreamStatus {
  readonly existence: Existence;
  /** When S2's listing says the stream was deleted (epoch seconds); null while it lives or is unknown. */
  readonly deletedAt: number | null;
}

/**
 * Whether a stream exists, and when it was deleted: S2 keeps a deleted stream in its listing with
 * `deleted_at`, and its metrics drop to nothing, so the view must say "Deleted <date>" rather than
 * leave a flat 0 B unexplained.
 */
export async function streamStatus(basin: string, stream: string): Promise<StreamStatus> {
  const s2 = sharedS2Client();
  let deletedAt: number | null = null;
  const existence = await ask(
    async (token) => {
      const { streams } = await s2.listStreams(token, basin, { prefix: stream, limit: 1 });
      const deleted = streams.find((item) => item.name === stream)?.deleted_at;
      if (deleted) deletedAt = Math.floor(Date.parse(deleted) / 1000);
      return streams;
    },
    stream,
    (token, range) =>
      s2.streamMetrics(token, basin, stream, { set: "storage", interval: "minute", ...range }),
  );
  return { existence, deletedAt };
}

/** Listing pages read for suggestions: the 2,000-stream basin takes two; beyond five, a typo goes unmatched. */
const SUGGESTION_PAGES = 5;
const PAGE_SIZE = 1_000;

/**
 * Names close to a missing basin (no `basin` given: the account's basins) or stream (the basin's
 * streams), from the same listing the views use; none when S2 will not list them.
 */
export async function closeSiblingNames(missing: string, basin?: string): Promise<string[]> {
  const token = await readS2Token(await cookies());
  if (token === null) return [];
  const s2 = sharedS2Client();
  const names: string[] = [];
  try {
    let startAfter = "";
    for (let page = 0; page < SUGGESTION_PAGES; page++) {
      const query = { limit: PAGE_SIZE, ...(startAfter ? { start_after: startAfter } : {}) };
      const listed =
        basin === undefined
          ? await s2.listBasins(token, query).then((r) => ({ items: r.basins, more: r.has_more }))
          : await s2.listStreams(token, basin, query).then((r) => ({ items: r.streams, more: r.has_more }));
      names.push(...listed.items.map((item) => item.name));
      const last = listed.items.at(-1);
      if (!listed.more || last === undefined) break;
      startAfter = last.name;
    }
  } catch {
    // Suggestions are a courtesy: a failing listing leaves the page without them.
  }
  return closeNames(missing, names);
}
