"use client";

import { useParams, usePathname } from "next/navigation";
import type { MetricsTarget } from "@/lib/api/queries";
import { embedTargetFromRoute } from "@/lib/embed/share-request";
import type { Level } from "@/lib/s2/contract";

/**
 * What a panel of `level` exports: the view's own target, read from the route as the Share menu reads
 * it. Null where the panel is not the view's own level or there is no view (an embed frame, which
 * has no session to export with).
 */
export function useExportTarget(level: Level): MetricsTarget | null {
  const target = embedTargetFromRoute(usePathname(), useParams());
  return target !== null && target.level === level ? target : null;
}
