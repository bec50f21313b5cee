import "server-only";
import { ApiError } from "@/lib/api/api-error";
import type { BasinBreakdownQuery, BasinBreakdownResponse } from "@/lib/api/breakdown-contract";
import { mapWithConcurrency, PLANNER_CONCURRENCY } from "@/lib/planner";
import type { S2Client } from "@/lib/upstream/s2-client";
import { type BreakdownView, fetchSetAnswer } from "./fetch-set";
import { listAllBasins } from "./list-all";
import {
  BASIN_ROW_SETS,
  type BasinAnswers,
  type BasinRowSet,
  basinFigures,
  basinRow,
  type SetAnswer,
  unavailableBasinRow,
} from "./rows";

type Outcome = { ok: true; answer: SetAnswer } | { ok: false; problem: string };

/**
 * The account's basins table: every basin's six sets over the view's window (and the previous one when
 * comparing), all through one concurrency cap. A basin the token may not see (403) or that is gone (404)
 * gets a row saying so instead of failing the table.
 */
export async function fetchBasinBreakdown(
  s2: S2Client,
  token: string,
  query: BasinBreakdownQuery,
  options: { now: number; signal?: AbortSignal },
): Promise<BasinBreakdownResponse> {
  const basins = await listAllBasins(s2, token);
  const current: BreakdownView = { range: { start: query.start, end: query.end }, interval: query.interval };
  const periods = query.compare ? (["current", "previous"] as const) : (["current"] as const);
  const calls = basins.flatMap((basin) =>
    periods.flatMap((period) => BASIN_ROW_SETS.map((set) => ({ basin: basin.name, period, set }))),
  );
  const outcomes = await mapWithConcurrency(
    calls,
    PLANNER_CONCURRENCY,
    async ({ basin, set, period }): Promise<Outcome> => {
      try {
        return {
          ok: true,
          answer: await fetchSetAnswer(
            s2,
            token,
            { level: "basin", basin },
            set,
            current,
            period,
            options.signal,
          ),
        };
      } catch (error) {
        if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
          return { ok: false, problem: error.message };
        }
        throw error;
      }
    },
    { signal: options.signal },
  );

  const perBasin = BASIN_ROW_SETS.length * periods.length;
  const rows = basins.map((basin, b) => {
    const mine = outcomes.slice(b * perBasin, (b + 1) * perBasin);
    const failed = mine.find((o) => !o.ok);
    if (failed && !failed.ok) return unavailableBasinRow(basin.name, basin.deleted, failed.problem);
    const answersOf = (period: number): BasinAnswers => {
      const entries = BASIN_ROW_SETS.map((set, s) => {
        const outcome = mine[period * BASIN_ROW_SETS.length + s] as Extract<Outcome, { ok: true }>;
        return [set, outcome.answer] as [BasinRowSet, SetAnswer];
      });
      return Object.fromEntries(entries) as BasinAnswers;
    };
    const figures = basinFigures(answersOf(0), options.now);
    const previous = periods.length > 1 ? basinFigures(answersOf(1), options.now) : null;
    return basinRow(basin.name, basin.deleted, figures, previous);
  });
  return { rows };
}
