import "server-only";
import { readFileSync } from "node:fs";
import { pricesSource } from "@/lib/config/server-env";
import { priceListFromConfig } from "./price-config";
import type { PriceList } from "./price-list";

let cached: { prices: PriceList | null } | undefined;

/**
 * The process's price list, parsed and validated on first use (the first page rendered after start) and
 * kept; null when none is configured. A bad list throws a ConfigError naming the field.
 */
export function serverPriceList(): PriceList | null {
  cached ??= { prices: priceListFromConfig(pricesSource(), (file) => readFileSync(file, "utf8")) };
  return cached.prices;
}
