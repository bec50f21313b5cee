import { useMutation, useQuery } from "@tanstack/react-query";
import { ApiError } from "@/lib/api/api-error";
import { fetchApi } from "@/lib/api/fetch-api";
import { errorInfoSchema } from "@/lib/s2/contract";
import {
  type EmbedMintInput,
  type EmbedShareConfig,
  embedShareConfigSchema,
  type MintedEmbed,
  mintedEmbedSchema,
} from "./contract";

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

async function createEmbed(request: EmbedMintInput): Promise<MintedEmbed> {
  let response: Response;
  try {
    response = await fetch(SHARE_PATH, {
      method: "POST",
      credentials: "same-origin",
      headers: { accept: "application/json", "content-type": "application/json" },
      body: JSON.stringify(request),
    });
  } catch {
    throw new ApiError(503, "unavailable", "The dashboard could not be reached. Check the connection.");
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const info = errorInfoSchema.safeParse(body);
    throw info.success
      ? new ApiError(response.status, info.data.code, info.data.message)
      : new ApiError(response.status, "bad_gateway", `The dashboard answered ${response.status}`);
  }
  const parsed = mintedEmbedSchema.safeParse(body);
  if (!parsed.success)
    throw new ApiError(502, "bad_gateway", "The dashboard answered with an unexpected shape");
  return parsed.data;
}
