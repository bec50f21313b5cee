import { PricesProvider } from "@/components/pricing/prices-context";
import { AccountView } from "@/components/views/account-view";
import { requireSignedIn } from "@/lib/auth/require-session";
import { serverPriceList } from "@/lib/pricing/server-prices";
import { type PageSearchParams, pagePath } from "@/lib/view/page-path";

export default async function AccountPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  await requireSignedIn(pagePath("/", await searchParams));
  return (
    <PricesProvider prices={serverPriceList()}>
      <AccountView initialNow={Math.floor(Date.now() / 1000)} />
    </PricesProvider>
  );
}
