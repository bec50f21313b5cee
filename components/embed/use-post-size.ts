"use client";

import { type RefObject, useEffect } from "react";
import type { FrameMessage } from "@/lib/embed/messages";
import { EMBED_MESSAGE_VERSION } from "@/lib/embed/messages";

/** Reports the content's size to the parent whenever it changes, so the portal can fit the iframe to it. */
export function usePostSize(
  ref: RefObject<HTMLElement | null>,
  enabled: boolean,
  post: (message: FrameMessage) => void,
): void {
  useEffect(() => {
    const element = ref.current;
    if (!enabled || element === null) return;
    let last = { height: -1, width: -1 };
    const send = () => {
      const box = element.getBoundingClientRect();
      const size = { height: Math.ceil(box.height), width: Math.ceil(box.width) };
      if (size.height === last.height && size.width === last.width) return;
      last = size;
      post({ type: "s2-embed:size", version: EMBED_MESSAGE_VERSION, ...size });
    };
    const observer = new ResizeObserver(send);
    observer.observe(element);
    send();
    return () => observer.disconnect();
  }, [ref, enabled, post]);
}
