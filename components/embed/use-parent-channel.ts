"use client";

import { useCallback, useEffect, useState } from "react";
import { normaliseOrigin } from "@/lib/embed/allowed-origins";
import {
  type FrameMessage,
  type ParsedParentMessage,
  parseParentMessage,
  resolveParentOrigin,
} from "@/lib/embed/messages";

/**
 * The frame's line to the portal around it. The parent's origin is settled once, in the browser, from
 * what the browser says about its ancestors, checked against the allowlist and the URL's `parent`; until
 * then, and when it does not check out, nothing is sent and everything received is ignored.
 */
export function useParentChannel(parentParam: string | null, allowedOrigins: readonly string[]) {
  const [parentOrigin, setParentOrigin] = useState<string | null>(null);

  useEffect(() => {
    const normalised = parentParam === null ? null : normaliseOrigin(parentParam);
    setParentOrigin(
      resolveParentOrigin({
        framed: window.parent !== window,
        // An unparseable `parent` stays as written, so that it matches nothing.
        parentParam: normalised === null ? null : normalised.ok ? normalised.origin : parentParam,
        ancestorOrigin: window.location.ancestorOrigins?.[0] ?? null,
        referrerOrigin: originOf(document.referrer),
        allowedOrigins,
      }),
    );
  }, [parentParam, allowedOrigins]);

  const post = useCallback(
    (message: FrameMessage) => {
      // An explicit target origin: the browser drops the message if the parent is anything else by now.
      if (parentOrigin !== null) window.parent.postMessage(message, parentOrigin);
    },
    [parentOrigin],
  );

  return { parentOrigin, post };
}

/** Calls `onMessage` for messages of ours from the verified parent window and origin only. */
export function useParentMessages(
  parentOrigin: string | null,
  onMessage: (parsed: Exclude<ParsedParentMessage, { kind: "foreign" }>) => void,
): void {
  useEffect(() => {
    if (parentOrigin === null) return;
    const listener = (event: MessageEvent) => {
      if (event.source !== window.parent || event.origin !== parentOrigin) return;
      const parsed = parseParentMessage(event.data);
      if (parsed.kind !== "foreign") onMessage(parsed);
    };
    window.addEventListener("message", listener);
    return () => window.removeEventListener("message", listener);
  }, [parentOrigin, onMessage]);
}

function originOf(url: string): string | null {
  if (url === "") return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
