import path from "node:path";
import { startLocalS2 } from "@/lib/local-s2/spawn";
import { runBackendBench } from "./backend-bench";
import type { BenchRow } from "./bench-row";
import { printTable } from "./print-table";
import { runStartupBench } from "./startup-bench";

/**
 * `npm run bench`: starts the embedded backend (data kept in .bench/ so later runs skip the backfill)
 * and prints every figure as a table. Figures are measured side by side in one run where they compare.
 */
async function main() {
  const rows: BenchRow[] = [...(await runStartupBench())];
  const s2 = await startLocalS2(path.resolve(".bench/local-s2"));
  try {
    rows.push(...(await runBackendBench(s2.url)));
  } finally {
    s2.stop();
  }
  console.log(`\n${printTable(rows)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
