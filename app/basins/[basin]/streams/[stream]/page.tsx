import { notFound } from "next/navigation";
import { PricesProvider } from "@/components/pricing/prices-context";
import { StreamView } from "@/components/views/stream-view";
import { isBasinName } from "@/lib/api/contract";
import { requireSignedIn } from "@/lib/auth/require-session";
import { serverPriceList } from "@/lib/pricing/server-prices";
import { streamNameSchema } from "@/lib/s2/contract";
import { streamHref } from "@/lib/view/hrefs";
import { type PageSearchParams, pagePath } from "@/lib/view/page-path";
import { streamStatus } from "@/lib/view/resource-exists";

interface StreamPageProps {
  params: Promise<{ basin: string; stream: string }>;
  searchParams: Promise<PageSearchParams>;
}

export default async function StreamPage({ params, searchParams }: StreamPageProps) {
  const { basin, stream: rawStream } = await params;
  const stream = decodeSegment(rawStream);
  if (!isBasinName(basin) || stream === null || !streamNameSchema.safeParse(stream).success) notFound();
  await requireSignedIn(pagePath(streamHref(basin, stream), await searchParams));
  const status = await streamStatus(basin, stream);
  // A 404 whose page (../../not-found.tsx) says whether the basin or the stream is missing, with names.
  if (status.existence === "no") notFound();
  return (
    <PricesProvider prices={serverPriceList()}>
      <StreamView
        basin={basin}
        stream={stream}
        deletedAt={status.deletedAt}
        initialNow={Math.floor(Date.now() / 1000)}
      />
    </PricesProvider>
  );
}

/** Next hands dynamic segments over still percent-encoded; a malformed encoding is simply not found. */
function decodeSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}
