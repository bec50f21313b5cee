import path from "node:path";
import { startLocalS2 } from "@/lib/local-s2/spawn";
import { DEMO_TOKEN } from "@/lib/local-s2/tokens";
import { buildApp, startApp } from "./app-process";
import { runBackendBench } from "./backend-bench";
import type { BenchRow } from "./bench-row";
import { printTable } from "./print-table";
import { runProxyBench } from "./proxy-bench";
import { runStartupBench } from "./startup-bench";

/**
 * `npm run bench`: starts the embedded backend (data kept in .bench/ so later runs skip the backfill)
 * and a production build of the dashboard, and prints every figure as a table. Figures that compare
 * are measured side by side in one run.
 */
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3200);

async function main() {
  const rows: BenchRow[] = [...(await runStartupBench())];
  const s2 = await startLocalS2(path.resolve(".bench/local-s2"));
  try {
    rows.push(...(await runBackendBench(s2.url)));
    console.error("bench: building the dashboard");
    buildApp();
    const app = await startApp(s2.url, APP_PORT);
    try {
      const cookie = await app.sessionCookie(DEMO_TOKEN);
      rows.push(...(await runProxyBench({ appUrl: app.url, s2Url: s2.url, cookie, token: DEMO_TOKEN })));
    } finally {
      app.stop();
    }
  } finally {
    s2.stop();
  }
  console.log(`\n${printTable(rows)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
