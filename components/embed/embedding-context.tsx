"use client";

import { createContext, type ReactNode, useContext } from "react";

/**
 * Whether this server may be embedded anywhere (EMBED_ALLOWED_ORIGINS lists an origin). The root layout
 * reads it on the server and passes it down, so Share offers "Embed" only where an embed could work and
 * never opens a form whose button cannot be pressed.
 */
const EmbeddingContext = createContext(false);

export function EmbeddingProvider({
  enabled,
  children,
}: {
  readonly enabled: boolean;
  readonly children: ReactNode;
}) {
  return <EmbeddingContext value={enabled}>{children}</EmbeddingContext>;
}

export function useEmbeddingEnabled(): boolean {
  return useContext(EmbeddingContext);
}
