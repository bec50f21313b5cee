import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { APIRequestContext } from "@playwright/test";
import { type EmbedMintInput, type MintedEmbed, mintedEmbedSchema } from "@/lib/embed/mint-request";

/**
 * A stand-in for a team's internal portal: a tiny HTTP server on another origin than the dashboard,
 * serving a page that iframes an embed URL and records every message the frame posts. The same server
 * answers as `http://127.0.0.1:4400` (on EMBED_ALLOWED_ORIGINS) and as `http://localhost:4400` (the same
 * page on an origin that is not), so one server covers the allowed and the refused portal.
 */

// Must match the app server's env in playwright.config.ts.
export const PORTAL_PORT = Number(process.env.E2E_PORTAL_PORT ?? 4400);
export const PORTAL_ORIGIN = `http://127.0.0.1:${PORTAL_PORT}`;
export const FOREIGN_PORTAL_ORIGIN = `http://localhost:${PORTAL_PORT}`;
export const E2E_MINT_SECRET = "e2e-only-mint-secret-not-for-production-0123456789";
export const APP_ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_APP_PORT ?? 3100)}`;

const escapeHtml = (value: string) =>
  value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

function portalPage(src: string, width: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Team portal</title>
<style>
  body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #1f2a37;
    background: linear-gradient(135deg, #dbe7f3 0%, #f3e8d8 100%); min-height: 100vh; }
  header { padding: 14px 24px; background: #1f2a37; color: #fff; font-weight: 600; }
  main { padding: 24px; }
  .tile { width: ${escapeHtml(width)}; max-width: 100%; }
  .tile h2 { font-size: 13px; margin: 0 0 8px; color: #475569; text-transform: uppercase; letter-spacing: .04em; }
  iframe { display: block; width: 100%; height: 150px; border: 0; }
</style>
</head>
<body>
<header>Team portal · Streams overview</header>
<main>
  <div class="tile">
    <h2>S2 usage</h2>
    <iframe id="embed" src="${escapeHtml(src)}" title="S2 metrics"></iframe>
  </div>
</main>
<script>
  window.embedMessages = [];
  addEventListener("message", function (event) {
    window.embedMessages.push({ origin: event.origin, data: event.data });
    if (event.origin === ${JSON.stringify(APP_ORIGIN)} && event.data && event.data.type === "s2-embed:size") {
      document.getElementById("embed").style.height = event.data.height + "px";
    }
  });
  window.postToEmbed = function (message, targetOrigin) {
    document.getElementById("embed").contentWindow.postMessage(message, targetOrigin);
  };
</script>
</body>
</html>`;
}

export interface Portal {
  /** The portal page framing `src`, on the allowed origin or on the foreign one. */
  url(src: string, options?: { foreign?: boolean; width?: string }): string;
  close(): Promise<void>;
}

export async function startPortal(): Promise<Portal> {
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", PORTAL_ORIGIN);
    const src = url.searchParams.get("src");
    if (url.pathname !== "/portal" || src === null) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(portalPage(src, url.searchParams.get("width") ?? "760px"));
  };
  // Loopback only, under both names: `localhost` may resolve to ::1 first. A host without IPv6 has just
  // the first listener, and Chromium then reaches localhost over 127.0.0.1.
  const servers: Server[] = [];
  for (const host of ["127.0.0.1", "::1"]) {
    const server = createServer(handler);
    try {
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(PORTAL_PORT, host, resolve);
      });
      servers.push(server);
    } catch (error) {
      if (host === "127.0.0.1") throw error;
    }
  }
  return {
    url: (src, options = {}) => {
      const origin = options.foreign ? FOREIGN_PORTAL_ORIGIN : PORTAL_ORIGIN;
      const query = new URLSearchParams({ src, ...(options.width ? { width: options.width } : {}) });
      return `${origin}/portal?${query.toString()}`;
    },
    close: async () => {
      await Promise.all(
        servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))),
      );
    },
  };
}

/** Mints through the server-to-server route, as a portal backend would. */
export async function mintForPortal(request: APIRequestContext, body: EmbedMintInput): Promise<MintedEmbed> {
  const response = await request.post(`${APP_ORIGIN}/api/embed/tokens`, {
    headers: { authorization: `Bearer ${E2E_MINT_SECRET}` },
    data: body,
  });
  if (response.status() !== 201) {
    throw new Error(`minting answered ${response.status()}: ${await response.text()}`);
  }
  return mintedEmbedSchema.parse(await response.json());
}
