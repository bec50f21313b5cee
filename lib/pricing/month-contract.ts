import { z } from "zod";
import { type CostBreakdown, DIMENSION_KINDS, type DimensionKind } from "./cost-breakdown";

/**
 * The account's month estimate route (`/api/costs/month`): the server fans out over every basin the
 * token can list (no cap) and answers with the priced totals only, so the browser makes one request
 * whatever the number of basins. It takes no parameters: the month is the server clock's UTC month.
 */
export const MONTH_ESTIMATE_PATH = "/api/costs/month";

export const monthEstimateQuerySchema = z.strictObject({});

const costBreakdownSchema = z.strictObject({
  lines: z.array(
    z.strictObject({
      kind: z.enum(DIMENSION_KINDS as [DimensionKind, ...DimensionKind[]]),
      quantity: z.number(),
      cost: z.number(),
    }),
  ),
  total: z.number().nullable(),
});

export interface MonthEstimateResponse {
  readonly monthStart: number;
  readonly monthToDate: CostBreakdown;
  readonly projected: CostBreakdown;
  readonly basins: number;
  readonly unavailable: number;
}

export const monthEstimateResponseSchema: z.ZodType<MonthEstimateResponse> = z.strictObject({
  /** Epoch seconds of 00:00 UTC on the month's 1st. */
  monthStart: z.number().int(),
  monthToDate: costBreakdownSchema,
  projected: costBreakdownSchema,
  /** Basins listed, and of them those whose figures could not be had (outside the token's scope, gone). */
  basins: z.number().int().nonnegative(),
  unavailable: z.number().int().nonnegative(),
});
