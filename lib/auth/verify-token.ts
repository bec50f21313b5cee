import "server-only";
import { ApiError } from "@/lib/api/api-error";
import type { S2Client } from "@/lib/upstream/s2-client";
import type { SignInError } from "./sign-in-params";

/**
 * Before a session is created, the token is tried against S2 with the cheapest real calls there are, so
 * that a wrong token is refused on the form rather than on the first dashboard page:
 *
 * 1. list one basin: 401 means S2 does not know the token (403 only means it may not list);
 * 2. account metrics (`active-basins` over the last minute): 200 means it can read metrics;
 * 3. if that is refused, basin metrics of the first basin it can list, since a token may be scoped to
 *    basins without account-level metrics.
 *
 * Every call goes through the shared client, so its timeout and retries apply.
 */

export type TokenVerdict =
  | "ok"
  | Exclude<SignInError, "missing_token" | "malformed_token" | "demo_unavailable" | "rate_limited">;

export async function verifyS2Token(
  s2: S2Client,
  token: string,
  nowMs: number = Date.now(),
): Promise<TokenVerdict> {
  const now = Math.floor(nowMs / 1000);
  try {
    let firstBasin: string | undefined;
    try {
      firstBasin = (await s2.listBasins(token, { limit: 1 })).basins[0]?.name;
    } catch (error) {
      if (!isStatus(error, 403)) throw error;
    }
    try {
      await s2.accountMetrics(token, { set: "active-basins", start: now - 60, end: now });
      return "ok";
    } catch (error) {
      if (!isStatus(error, 403)) throw error;
    }
    if (firstBasin === undefined) return "no_metrics_permission";
    const hourStart = now - (now % 3_600);
    try {
      await s2.basinMetrics(token, firstBasin, {
        set: "storage",
        start: hourStart - 3_600,
        end: now,
        interval: "hour",
      });
      return "ok";
    } catch (error) {
      if (!isStatus(error, 403)) throw error;
      return "no_metrics_permission";
    }
  } catch (error) {
    return verdictForFailure(error);
  }
}

function isStatus(error: unknown, status: number): boolean {
  return error instanceof ApiError && error.status === status;
}

function verdictForFailure(error: unknown): TokenVerdict {
  if (!(error instanceof ApiError)) return "upstream_unavailable";
  if (error.status === 401) return "invalid_token";
  if (error.status === 429 || error.status >= 500) return "upstream_unavailable";
  return "check_failed";
}
