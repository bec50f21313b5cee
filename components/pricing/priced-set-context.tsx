"use client";

import { createContext, type ReactNode, useContext, useMemo } from "react";
import type { Level, MetricSet } from "@/lib/s2/contract";

export interface PricedSet {
  readonly level: Level;
  readonly set: MetricSet;
}

const PricedSetContext = createContext<PricedSet | null>(null);

/**
 * Which metric set a panel shows, for the stat cards inside it: what a series is billed as depends on
 * its set (bytes appended and bytes read are both "bytes"), which the cards are not otherwise told.
 */
export function PricedSetProvider({ level, set, children }: PricedSet & { children: ReactNode }) {
  const value = useMemo(() => ({ level, set }), [level, set]);
  return <PricedSetContext.Provider value={value}>{children}</PricedSetContext.Provider>;
}

export function usePricedSet(): PricedSet | null {
  return useContext(PricedSetContext);
}
