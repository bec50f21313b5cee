import "server-only";
import { ApiError } from "@/lib/api/api-error";
import { mapWithConcurrency, PLANNER_CONCURRENCY } from "@/lib/planner";
import type { S2Client } from "@/lib/upstream/s2-client";
import { type ListedName, listAllBasins } from "./list-all";

/** One basin's answers, or why it has none (outside the token's scope, gone). */
export type BasinAnswer<T> =
  | { readonly basin: ListedName; readonly ok: true; readonly values: readonly T[] }
  | { readonly basin: ListedName; readonly ok: false; readonly problem: string };

/**
 * Every basin the token can list (all pages, no cap), each asked the same `calls`, all through one
 * concurrency cap (the planner's). A basin the token may not see (403) or that is gone (404) answers
 * with its problem instead of failing the whole fan-out; any other error fails it. The basins table and
 * the account's month estimate both fan out this way.
 */
export async function fanOutOverBasins<C, T>(
  s2: S2Client,
  token: string,
  calls: readonly C[],
  run: (basin: string, call: C) => Promise<T>,
  options: { signal?: AbortSignal } = {},
): Promise<BasinAnswer<T>[]> {
  const basins = await listAllBasins(s2, token);
  const work = basins.flatMap((basin) => calls.map((call) => ({ basin: basin.name, call })));
  type Outcome = { ok: true; value: T } | { ok: false; problem: string };
  const outcomes = await mapWithConcurrency(
    work,
    PLANNER_CONCURRENCY,
    async ({ basin, call }): Promise<Outcome> => {
      try {
        return { ok: true, value: await run(basin, call) };
      } catch (error) {
        if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
          return { ok: false, problem: error.message };
        }
        throw error;
      }
    },
    { signal: options.signal },
  );
  return basins.map((basin, b): BasinAnswer<T> => {
    const mine = outcomes.slice(b * calls.length, (b + 1) * calls.length);
    const failed = mine.find((o) => !o.ok);
    if (failed !== undefined && !failed.ok) return { basin, ok: false, problem: failed.problem };
    return { basin, ok: true, values: mine.map((o) => (o as Extract<Outcome, { ok: true }>).value) };
  });
}
