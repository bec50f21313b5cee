import "server-only";
import { LIST_LIMIT_MAX } from "@/lib/s2/contract";
import type { S2Client } from "@/lib/upstream/s2-client";

/**
 * Every name of a listing, page after page (S2 gives at most 1,000 per page, so a 2,000-stream basin is
 * two calls). The breakdowns need them all: S2 filters by prefix only, the tables by any substring.
 */

export interface ListedName {
  readonly name: string;
  readonly deleted: boolean;
}

async function listAll(
  page: (
    startAfter: string | undefined,
  ) => Promise<{ items: { name: string; deleted_at?: string | null }[]; has_more: boolean }>,
): Promise<ListedName[]> {
  const out: ListedName[] = [];
  let startAfter: string | undefined;
  // Cursor paging is sequential by nature; each page names where the next one starts.
  for (;;) {
    const { items, has_more } = await page(startAfter);
    for (const item of items) out.push({ name: item.name, deleted: Boolean(item.deleted_at) });
    const last = items.at(-1);
    if (!has_more || last === undefined) return out;
    startAfter = last.name;
  }
}

export function listAllBasins(s2: S2Client, token: string): Promise<ListedName[]> {
  return listAll(async (start_after) => {
    const answer = await s2.listBasins(token, {
      limit: LIST_LIMIT_MAX,
      ...(start_after ? { start_after } : {}),
    });
    return { items: answer.basins, has_more: answer.has_more };
  });
}

export function listAllStreams(s2: S2Client, token: string, basin: string): Promise<ListedName[]> {
  return listAll(async (start_after) => {
    const answer = await s2.listStreams(token, basin, {
      limit: LIST_LIMIT_MAX,
      ...(start_after ? { start_after } : {}),
    });
    return { items: answer.streams, has_more: answer.has_more };
  });
}
