"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useOptimistic, useTransition } from "react";
import { mergeViewParams, parseViewParams, type ViewState } from "@/lib/time-range/search-params";

export type NavigateMode = "push" | "replace";

/**
 * The view's URL state, read and written only through lib/time-range (STYLE.md rule 7): the state is
 * parsed from the live search params on every render and never copied into component state. A change
 * is a navigation; `push` (the default, for user actions) lets back/forward restore earlier views.
 * Params the view does not own (e.g. a selected stream) are kept.
 *
 * While a navigation is pending, `state` is the state being navigated to (React's optimistic state,
 * discarded when the URL commits), so a clicked option shows as chosen at once instead of snapping
 * back until the router catches up.
 */
export function useViewParams() {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const parsed = useMemo(() => parseViewParams(searchParams), [searchParams]);
  const [state, setPendingState] = useOptimistic(parsed.state);
  const [isNavigating, startTransition] = useTransition();

  const hrefFor = useCallback(
    (next: ViewState) => {
      const query = mergeViewParams(searchParams.toString(), next).toString();
      return query === "" ? pathname : `${pathname}?${query}`;
    },
    [searchParams, pathname],
  );

  const navigate = useCallback(
    (next: ViewState, mode: NavigateMode = "push") => {
      startTransition(() => {
        setPendingState(next);
        router[mode](hrefFor(next), { scroll: false });
      });
    },
    [router, hrefFor, setPendingState],
  );

  return { state, issues: parsed.issues, navigate, hrefFor, isNavigating };
}
