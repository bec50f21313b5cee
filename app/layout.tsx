import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { EmbeddingProvider } from "@/components/embed/embedding-context";
import { AppProviders } from "@/components/providers/app-providers";
import { ThemeScript } from "@/components/theme/theme-script";
import { ThemeSync } from "@/components/theme/theme-sync";
import { isEmbeddingEnabled } from "@/lib/embed/allowed-origins";
import { embedAllowlist } from "@/lib/embed/embed-config";
import "./globals.css";

export const metadata: Metadata = {
  title: "S2 metrics",
  description: "Usage metrics for S2 accounts, basins and streams",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * Reading the request's headers renders every page per request, which the CSP nonce needs: a page built
 * ahead of time would carry no nonce and its scripts would be refused (proxy.ts sets `x-nonce`).
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // The theme script sets a class on <html> before hydration; React must not fight it.
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript nonce={nonce} />
      </head>
      <body className="min-h-screen bg-bg text-fg antialiased">
        <ThemeSync />
        <AppProviders>
          {/* Share offers "Embed" only where EMBED_ALLOWED_ORIGINS lets a portal frame this server. */}
          <EmbeddingProvider enabled={isEmbeddingEnabled(embedAllowlist())}>
            <main className="mx-auto w-full max-w-6xl px-4 py-5 sm:px-6">{children}</main>
          </EmbeddingProvider>
        </AppProviders>
      </body>
    </html>
  );
}
