"use client";

import { useEffect, useState } from "react";

/**
 * Which series a chart draws alone (legend isolation), or null for all. Escape restores every series
 * from wherever focus is, except while typing in a field or when a dialog or menu took the key first.
 */
export function useIsolation(): [string | null, (name: string | null) => void] {
  const [isolated, setIsolated] = useState<string | null>(null);
  useEffect(() => {
    if (isolated === null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=true], [role=dialog]")) return;
      setIsolated(null);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [isolated]);
  return [isolated, setIsolated];
}
