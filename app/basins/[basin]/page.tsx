import { notFound } from "next/navigation";
import { PricesProvider } from "@/components/pricing/prices-context";
import { BasinView } from "@/components/views/basin-view";
import { isBasinName } from "@/lib/api/contract";
import { requireSignedIn } from "@/lib/auth/require-session";
import { serverPriceList } from "@/lib/pricing/server-prices";
import { basinHref } from "@/lib/view/hrefs";
import { type PageSearchParams, pagePath } from "@/lib/view/page-path";
import { basinExists } from "@/lib/view/resource-exists";

interface BasinPageProps {
  params: Promise<{ basin: string }>;
  searchParams: Promise<PageSearchParams>;
}

export default async function BasinPage({ params, searchParams }: BasinPageProps) {
  const { basin } = await params;
  if (!isBasinName(basin)) notFound();
  await requireSignedIn(pagePath(basinHref(basin), await searchParams));
  // A 404 whose page (./not-found.tsx) keeps the view's frame, says what is missing and suggests names.
  if ((await basinExists(basin)) === "no") notFound();
  return (
    <PricesProvider prices={serverPriceList()}>
      <BasinView basin={basin} initialNow={Math.floor(Date.now() / 1000)} />
    </PricesProvider>
  );
}
