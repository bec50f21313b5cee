import "server-only";
import type { BasinBreakdownQuery, BasinBreakdownResponse } from "@/lib/api/breakdown-contract";
import type { S2Client } from "@/lib/upstream/s2-client";
import { fanOutOverBasins } from "./basin-fan-out";
import { type BreakdownView, fetchSetAnswer } from "./fetch-set";
import {
  BASIN_ROW_SETS,
  type BasinAnswers,
  type BasinRowSet,
  basinFigures,
  basinRow,
  type SetAnswer,
  unavailableBasinRow,
} from "./rows";

/**
 * The account's basins table: every basin's six sets over the view's window (and the previous one when
 * comparing), all through one concurrency cap (`fanOutOverBasins`). A basin the token may not see (403)
 * or that is gone (404) gets a row saying so instead of failing the table.
 */
export async function fetchBasinBreakdown(
  s2: S2Client,
  token: string,
  query: BasinBreakdownQuery,
  options: { now: number; signal?: AbortSignal },
): Promise<BasinBreakdownResponse> {
  const current: BreakdownView = { range: { start: query.start, end: query.end }, interval: query.interval };
  const periods = query.compare ? (["current", "previous"] as const) : (["current"] as const);
  const calls = periods.flatMap((period) => BASIN_ROW_SETS.map((set) => ({ period, set })));
  const answers = await fanOutOverBasins(
    s2,
    token,
    calls,
    (basin, { set, period }) =>
      fetchSetAnswer(s2, token, { level: "basin", basin }, set, current, period, options.signal),
    { signal: options.signal },
  );

  const rows = answers.map((answer) => {
    const { name, deleted } = answer.basin;
    if (!answer.ok) return unavailableBasinRow(name, deleted, answer.problem);
    const answersOf = (period: number): BasinAnswers => {
      const entries = BASIN_ROW_SETS.map((set, s) => {
        const value = answer.values[period * BASIN_ROW_SETS.length + s] as SetAnswer;
        return [set, value] as [BasinRowSet, SetAnswer];
      });
      return Object.fromEntries(entries) as BasinAnswers;
    };
    const figures = basinFigures(answersOf(0), options.now);
    const previous = periods.length > 1 ? basinFigures(answersOf(1), options.now) : null;
    return basinRow(name, deleted, figures, previous);
  });
  return { rows };
}
