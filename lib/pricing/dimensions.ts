import type { Level, MetricSet } from "@/lib/s2/contract";
import type { StorageClass } from "./price-list";

/**
 * A billed dimension the metrics measure. `storageClass` is null where the metrics do not say it (basin
 * and stream storage are one gauge each): the list's `default` price applies then.
 */
export type PricedDimension =
  | { readonly kind: "storage"; readonly storageClass: StorageClass | null }
  | { readonly kind: "append-operations" }
  | { readonly kind: "read-operations" }
  | { readonly kind: "appended-bytes"; readonly storageClass: StorageClass | null }
  | { readonly kind: "read-bytes" };

/**
 * The storage class a series is about, from its name. S2 publishes no series names (CONTRACT.md), so this
 * only recognises the words "standard" and "express" and otherwise says "not known" rather than guess.
 */
export function storageClassOf(seriesName: string): StorageClass | null {
  const name = seriesName.toLowerCase();
  const express = name.includes("express");
  const standard = name.includes("standard");
  if (express === standard) return null;
  return express ? "express" : "standard";
}

/**
 * What one series of a metric set is billed as, or null for sets nobody is billed for by this list
 * (basin and account operations by type, active basins). Decided by the set, which says what is measured,
 * and by the series name only for the storage class.
 */
export function pricedDimension(level: Level, set: MetricSet, seriesName: string): PricedDimension | null {
  if (set === "storage") return { kind: "storage", storageClass: null };
  if (level !== "basin") return null;
  switch (set) {
    case "append-ops":
      return { kind: "append-operations" };
    case "read-ops":
      return { kind: "read-operations" };
    case "append-throughput":
      return { kind: "appended-bytes", storageClass: storageClassOf(seriesName) };
    case "read-throughput":
      return { kind: "read-bytes" };
    default:
      return null;
  }
}
