import { QueryClient } from "@tanstack/react-query";
import { shouldRetry } from "@/components/providers/query-client";

/**
 * Query defaults of an embed frame, set here once. The dashboard's client sends a 401 to the sign-in
 * page; a frame in a portal has nobody to sign in, so it keeps the error in the panel instead.
 */
export function makeEmbedQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
    },
  });
}
