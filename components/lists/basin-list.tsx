"use client";

import { useBasins } from "@/lib/api/queries";
import { basinHref } from "@/lib/view/hrefs";
import { PagedNameList } from "./paged-name-list";
import { usePager } from "./use-pager";

export function BasinList({ search, zone }: { readonly search: string; readonly zone: string | undefined }) {
  const { nextAfter, query, ...paging } = usePager();
  const result = useBasins(query);
  const items = result.data?.basins;
  return (
    <PagedNameList
      {...paging}
      title="Basins"
      noun="basin"
      testId="basin-list"
      result={result}
      items={items}
      onNext={nextAfter(items)}
      hrefFor={(name) => basinHref(name, search)}
      zone={zone}
      filterHint="e.g. prod-"
    />
  );
}
