"use client";

import { useState } from "react";
import { useStreams } from "@/lib/api/queries";
import { streamHref } from "@/lib/view/hrefs";
import { FIRST_PAGE, nextPage, previousPage, startAfter } from "@/lib/view/pager";
import { PagedNameList } from "./paged-name-list";

const PAGE_SIZE = 20;

export interface StreamListProps {
  readonly basin: string;
  readonly search: string;
  readonly zone: string | undefined;
}

export function StreamList({ basin, search, zone }: StreamListProps) {
  const [pager, setPager] = useState(FIRST_PAGE);
  const query = { prefix: pager.prefix || undefined, start_after: startAfter(pager), limit: PAGE_SIZE };
  const result = useStreams(basin, query);
  const items = result.data?.streams;
  return (
    <PagedNameList
      title="Streams"
      noun="stream"
      testId="stream-list"
      items={items}
      hasMore={result.data?.has_more ?? false}
      error={result.error}
      isPending={result.isPending}
      pager={pager}
      onPager={setPager}
      onNext={() => items?.length && setPager(nextPage(pager, items[items.length - 1]?.name ?? ""))}
      onPrevious={() => setPager(previousPage(pager))}
      onRetry={() => void result.refetch()}
      hrefFor={(name) => streamHref(basin, name, search)}
      zone={zone}
    />
  );
}
