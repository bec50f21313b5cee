"use client";

import { useState } from "react";
import { FIRST_PAGE, nextPage, previousPage, startAfter } from "@/lib/view/pager";

const PAGE_SIZE = 20;

/** Cursor paging state for a listing, and the query its current page asks for. */
export function usePager() {
  const [pager, setPager] = useState(FIRST_PAGE);
  return {
    pager,
    query: { prefix: pager.prefix || undefined, start_after: startAfter(pager), limit: PAGE_SIZE },
    onPager: setPager,
    onPrevious: () => setPager(previousPage(pager)),
    nextAfter: (items: readonly { name: string }[] | undefined) => () => {
      const last = items?.at(-1);
      if (last) setPager(nextPage(pager, last.name));
    },
  };
}
