import { notFound } from "next/navigation";
import { PricesProvider } from "@/components/pricing/prices-context";
import { NotFoundView } from "@/components/views/not-found-view";
import { StreamView } from "@/components/views/stream-view";
import { isBasinName } from "@/lib/api/contract";
import { requireSignedIn } from "@/lib/auth/require-session";
import { serverPriceList } from "@/lib/pricing/server-prices";
import { streamNameSchema } from "@/lib/s2/contract";
import { streamHref } from "@/lib/view/hrefs";
import { type PageSearchParams, pagePath } from "@/lib/view/page-path";
import { basinExists, closeSiblingNames, streamStatus } from "@/lib/view/resource-exists";

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
  if (status.existence === "no") {
    // Say which name is missing: the basin (then suggest basins) or the stream in it (issue 14).
    if ((await basinExists(basin)) === "no") {
      const suggestions = await closeSiblingNames(basin);
      return <NotFoundView missing="basin" basin={basin} stream={stream} suggestions={suggestions} />;
    }
    const suggestions = await closeSiblingNames(stream, basin);
    return <NotFoundView missing="stream" basin={basin} stream={stream} suggestions={suggestions} />;
  }
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
