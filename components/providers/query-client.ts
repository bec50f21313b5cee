import { QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError } from "@/lib/api/api-error";
import { signInPath } from "@/lib/auth/sign-in-params";

/** Query defaults, set here and nowhere else. */

const MAX_RETRIES = 2;

/** A refusal (4xx) will be refused again; only server-side and network failures are worth a retry. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

/** A 401 means the session is over (the API has already dropped its cookie): go sign in, then come back. */
function leaveOnUnauthorised(error: unknown): void {
  if (!(error instanceof ApiError) || error.status !== 401) return;
  const here = `${window.location.pathname}${window.location.search}`;
  window.location.assign(signInPath({ callbackPath: here, reason: "expired" }));
}

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: leaveOnUnauthorised }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetry,
        refetchOnWindowFocus: false,
      },
    },
  });
}
