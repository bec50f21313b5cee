"use client";

import { createContext, type ReactNode, useContext } from "react";
import type { PriceList } from "@/lib/pricing/price-list";

const PricesContext = createContext<PriceList | null>(null);

/**
 * The configured price list, handed down from a page's server shell (prices are not secret). Without a
 * provider, or with `prices` null, no cost is shown anywhere.
 */
export function PricesProvider({ prices, children }: { prices: PriceList | null; children: ReactNode }) {
  return <PricesContext.Provider value={prices}>{children}</PricesContext.Provider>;
}

export function usePrices(): PriceList | null {
  return useContext(PricesContext);
}
