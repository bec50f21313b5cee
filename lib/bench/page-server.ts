import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import tailwind from "@tailwindcss/postcss";
import { build } from "esbuild";
import postcss from "postcss";

/**
 * The bench's own pages, outside the app: production folders hold no benchmark pages (STYLE rule 13),
 * so `next build` cannot ship them. The chart bench page is bundled here with esbuild (minified, React
 * in production mode) from lib/bench/pages/, drawing with the dashboard's real chart components, styled
 * by the app's own stylesheet (app/globals.css through Tailwind, as `next build` compiles it), and
 * served by a loopback-only HTTP server for as long as the bench needs it.
 */
export interface BenchPageServer {
  url: string;
  stop(): Promise<void>;
}

const ENTRY = path.resolve("lib/bench/pages/chart-bench-entry.tsx");
const APP_CSS = path.resolve("app/globals.css");

async function bundle(): Promise<{ js: string; css: string }> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    outdir: "bench-out",
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    tsconfig: path.resolve("tsconfig.json"),
    logLevel: "error",
  });
  const text = (ext: string) =>
    result.outputFiles
      .filter((f) => f.path.endsWith(ext))
      .map((f) => f.text)
      .join("\n");
  return { js: text(".js"), css: text(".css") };
}

async function appCss(): Promise<string> {
  const result = await postcss([tailwind()]).process(readFileSync(APP_CSS, "utf8"), { from: APP_CSS });
  return result.css;
}

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>chart bench</title>
<link rel="stylesheet" href="/app.css"><link rel="stylesheet" href="/bench.css"></head>
<body class="bg-bg text-fg"><div id="bench"></div><script type="module" src="/bench.js"></script></body></html>`;

export async function startBenchPageServer(): Promise<BenchPageServer> {
  const [{ js, css }, app] = await Promise.all([bundle(), appCss()]);
  const files: Record<string, { type: string; body: string }> = {
    "/charts": { type: "text/html; charset=utf-8", body: PAGE },
    "/bench.js": { type: "text/javascript; charset=utf-8", body: js },
    "/bench.css": { type: "text/css; charset=utf-8", body: css },
    "/app.css": { type: "text/css; charset=utf-8", body: app },
  };
  const server: Server = createServer((request, response) => {
    const file = files[new URL(request.url ?? "/", "http://bench").pathname];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": file.type, "cache-control": "no-store" }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
