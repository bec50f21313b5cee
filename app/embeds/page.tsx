import type { Metadata } from "next";
import { EmbedsPage } from "@/components/embeds/embeds-page";
import { requireSignedIn } from "@/lib/auth/require-session";

export const metadata: Metadata = { title: "Embeds · S2 metrics", robots: { index: false } };

/** `/embeds`: the signed-in user's embeds, with what each shows, its use and a Revoke button. */
export default async function EmbedsRoute() {
  await requireSignedIn("/embeds");
  return <EmbedsPage />;
}
