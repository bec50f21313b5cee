"use client";

import { useState } from "react";
import { useBasins } from "@/lib/api/queries";
import { basinHref } from "@/lib/view/hrefs";
import { FIRST_PAGE, nextPage, previousPage, startAfter } from "@/lib/view/pager";
import { PagedNameList } from "./paged-name-list";

const PAGE_SIZE = 20;

export function BasinList({ search, zone }: { readonly search: string; readonly zone: string | undefined }) {
  const [pager, setPager] = useState(FIRST_PAGE);
  const query = { prefix: pager.prefix || undefined, start_after: startAfter(pager), limit: PAGE_SIZE };
  const result = useBasins(query);
  const items = result.data?.basins;
  return (
    <PagedNameList
      title="Basins"
      noun="basin"
      testId="basin-list"
      items={items}
      hasMore={result.data?.has_more ?? false}
      error={result.error}
      isPending={result.isPending}
      pager={pager}
      onPager={setPager}
      onNext={() => items?.length && setPager(nextPage(pager, items[items.length - 1]?.name ?? ""))}
      onPrevious={() => setPager(previousPage(pager))}
      onRetry={() => void result.refetch()}
      hrefFor={(name) => basinHref(name, search)}
      zone={zone}
      filterHint="e.g. prod-"
    />
  );
}
