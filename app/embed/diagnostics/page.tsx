import type { Metadata } from "next";
import { EmbedDiagnosticsReport } from "@/components/embed/embed-diagnostics-report";
import { embedDiagnostics } from "@/lib/embed/diagnostics";

export const metadata: Metadata = { title: "Embed diagnostics · S2 metrics", robots: { index: false } };

interface DiagnosticsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** `/embed/diagnostics?origin=https://portal.example`: may this portal frame embeds, and why. */
export default async function EmbedDiagnosticsPage({ searchParams }: DiagnosticsPageProps) {
  const { origin } = await searchParams;
  const report = embedDiagnostics(process.env, typeof origin === "string" ? origin : null);
  return <EmbedDiagnosticsReport report={report} />;
}
