import type { Metadata } from "next";
import { EmbedDiagnosticsReport } from "@/components/embed/embed-diagnostics-report";
import { isSignedIn } from "@/lib/auth/require-session";
import { signInPath } from "@/lib/auth/sign-in-params";
import { ConfigError, embedDiagnosticsSource } from "@/lib/config/server-env";
import { embedDiagnostics } from "@/lib/embed/diagnostics";

export const metadata: Metadata = { title: "Embed diagnostics · S2 metrics", robots: { index: false } };

interface DiagnosticsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * `/embed/diagnostics?origin=https://portal.example`: may this portal frame embeds, and why. The
 * configuration behind the verdict is shown to signed-in users only (lib/embed/diagnostics.ts).
 */
export default async function EmbedDiagnosticsPage({ searchParams }: DiagnosticsPageProps) {
  const { origin } = await searchParams;
  const given = typeof origin === "string" ? origin : null;
  const audience = (await signedIn()) ? "operator" : "public";
  const report = embedDiagnostics(embedDiagnosticsSource(), given, audience);
  const query = given === null ? "" : `?${new URLSearchParams({ origin: given })}`;
  return (
    <EmbedDiagnosticsReport
      report={report}
      signInHref={signInPath({ callbackPath: `/embed/diagnostics${query}` })}
    />
  );
}

/** Without a session secret nobody can be signed in; the origin verdict still works. */
async function signedIn(): Promise<boolean> {
  try {
    return await isSignedIn();
  } catch (error) {
    if (error instanceof ConfigError) return false;
    throw error;
  }
}
