import { EmbedFrame } from "@/components/embed/embed-frame";
import { EmbedProblem } from "@/components/embed/embed-problem";
import { embedThemeBootScript } from "@/components/embed/embed-theme";
import { loadEmbedPage } from "@/lib/embed/embed-page";

interface EmbedPageProps {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** `/embed/<id>.<signature>?parent=<portal origin>`: an embed record's view or chart for an iframe; each load counts a view. */
export default async function EmbedPage({ params, searchParams }: EmbedPageProps) {
  const { token } = await params;
  const { parent } = await searchParams;
  const parentParam = typeof parent === "string" ? parent : null;
  const page = await loadEmbedPage(token);
  if (!page.ok) {
    return (
      <EmbedProblem message={page.message} allowedOrigins={page.allowedOrigins} parentParam={parentParam} />
    );
  }
  return (
    <>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant script of ours, one of three themes */}
      <script dangerouslySetInnerHTML={{ __html: embedThemeBootScript(page.embed.theme) }} />
      <EmbedFrame
        token={token}
        embed={page.embed}
        allowedOrigins={page.allowedOrigins}
        parentParam={parentParam}
        initialNow={Math.floor(Date.now() / 1000)}
      />
    </>
  );
}
