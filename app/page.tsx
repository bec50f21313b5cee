import { AccountView } from "@/components/views/account-view";
import { requireSignedIn } from "@/lib/auth/require-session";
import { type PageSearchParams, pagePath } from "@/lib/view/page-path";

export default async function AccountPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  await requireSignedIn(pagePath("/", await searchParams));
  return <AccountView initialNow={Math.floor(Date.now() / 1000)} />;
}
