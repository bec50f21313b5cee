"use client";

import { useState } from "react";
import type { SortSpec } from "@/lib/breakdown/table";

/**
 * The sort of a breakdown table: a header click sorts by that column, biggest first for figures (top
 * consumers first) and A→Z for names; clicking the sorted column again reverses it.
 */
export function useTableSort<K extends string>(initial: SortSpec<K>, textKeys: readonly string[] = ["name"]) {
  const [sort, setSort] = useState<SortSpec<K>>(initial);
  const onSort = (key: string) =>
    setSort((current) =>
      current.key === key
        ? { key: current.key, direction: current.direction === "ascending" ? "descending" : "ascending" }
        : { key: key as K, direction: textKeys.includes(key) ? "ascending" : "descending" },
    );
  return { sort, onSort };
}
