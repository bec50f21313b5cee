import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ApiError } from "@/lib/api/api-error";
import { fetchApi, fetchJson } from "@/lib/api/fetch-api";
import { type EmbedList, embedListSchema, type RevokedEmbed, revokedEmbedSchema } from "./embeds-contract";

/** The Embeds page's two calls: the signed-in user's embeds, and revoking one. */

export const EMBEDS_PATH = "/api/embeds";

export const embedsQueryKeys = { list: () => ["embeds"] as const };

export function useEmbeds() {
  return useQuery<EmbedList, ApiError>({
    queryKey: embedsQueryKeys.list(),
    queryFn: ({ signal }) => fetchApi(EMBEDS_PATH, embedListSchema, signal),
  });
}

export function useRevokeEmbed() {
  const client = useQueryClient();
  return useMutation<RevokedEmbed, ApiError, string>({
    mutationFn: (id) =>
      fetchJson(`${EMBEDS_PATH}/${encodeURIComponent(id)}`, revokedEmbedSchema, {
        credentials: "same-origin",
        method: "DELETE",
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: embedsQueryKeys.list() }),
  });
}
