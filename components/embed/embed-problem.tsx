"use client";

import { useEffect, useRef } from "react";
import { EMBED_MESSAGE_VERSION } from "@/lib/embed/messages";
import { useParentChannel } from "./use-parent-channel";
import { usePostSize } from "./use-post-size";

export interface EmbedProblemProps {
  readonly message: string;
  readonly allowedOrigins: readonly string[];
  readonly parentParam: string | null;
}

/**
 * What a frame shows instead of data when its token does not open (tampered, expired, revoked,
 * malformed): one small, plain box, sized to fit, and the same words told to the parent.
 */
export function EmbedProblem({ message, allowedOrigins, parentParam }: EmbedProblemProps) {
  const { parentOrigin, post } = useParentChannel(parentParam, allowedOrigins);
  const rootRef = useRef<HTMLDivElement>(null);
  usePostSize(rootRef, parentOrigin !== null, post);
  useEffect(() => {
    post({ type: "s2-embed:error", version: EMBED_MESSAGE_VERSION, code: "embed_token", message });
  }, [post, message]);
  return (
    <div ref={rootRef} data-embed-root="" data-embed-theme="light" className="p-2">
      <div
        role="alert"
        data-testid="embed-problem"
        className="rounded-lg border border-danger-border bg-danger-soft px-4 py-3 text-sm"
      >
        <p className="font-medium text-danger">This embedded chart cannot be shown</p>
        <p className="mt-1 text-fg">{message}</p>
      </div>
    </div>
  );
}
