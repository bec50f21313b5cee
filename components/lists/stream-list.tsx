"use client";

import { useStreams } from "@/lib/api/queries";
import { streamHref } from "@/lib/view/hrefs";
import { PagedNameList } from "./paged-name-list";
import { usePager } from "./use-pager";

export interface StreamListProps {
  readonly basin: string;
  readonly search: string;
  readonly zone: string | undefined;
}

export function StreamList({ basin, search, zone }: StreamListProps) {
  const { nextAfter, query, ...paging } = usePager();
  const result = useStreams(basin, query);
  const items = result.data?.streams;
  return (
    <PagedNameList
      {...paging}
      title="Streams"
      noun="stream"
      testId="stream-list"
      result={result}
      items={items}
      onNext={nextAfter(items)}
      hrefFor={(name) => streamHref(basin, name, search)}
      zone={zone}
    />
  );
}
