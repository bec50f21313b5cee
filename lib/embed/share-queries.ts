import { useMutation, useQuery } from "@tanstack/react-query";
import type { ApiError } from "@/lib/api/api-error";
import { fetchApi, fetchJson } from "@/lib/api/fetch-api";
import {
  type EmbedMintInput,
  type EmbedShareConfig,
  embedShareConfigSchema,
  type MintedEmbed,
  mintedEmbedSchema,
} from "./mint-request";

/** The share dialog's two calls to `/api/embed/share`: is embedding configured, and mint one. */

export const SHARE_PATH = "/api/embed/share";

export const shareQueryKeys = { config: () => ["embed-share-config"] as const };

/** Fetched only while the dialog is open. */
export function useEmbedShareConfig(enabled: boolean) {
  return useQuery<EmbedShareConfig, ApiError>({
    queryKey: shareQueryKeys.config(),
    queryFn: ({ signal }) => fetchApi(SHARE_PATH, embedShareConfigSchema, signal),
    enabled,
  });
}

export function useCreateEmbed() {
  return useMutation<MintedEmbed, ApiError, EmbedMintInput>({ mutationFn: createEmbed });
}

function createEmbed(request: EmbedMintInput): Promise<MintedEmbed> {
  return fetchJson(SHARE_PATH, mintedEmbedSchema, { credentials: "same-origin", body: request });
}
