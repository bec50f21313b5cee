import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startLocalS2 } from "@/lib/local-s2/spawn";
import { DB_FILE_NAME } from "@/lib/local-s2/store";
import type { BenchRow } from "./bench-row";

/** Time from spawning the embedded backend to listening: on an empty data directory, then reusing it. */
export async function runStartupBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "local-s2-startup-"));
  try {
    const timeStart = async () => {
      const began = performance.now();
      const s2 = await startLocalS2(dir);
      const ms = performance.now() - began;
      s2.stop();
      await new Promise((r) => s2.child.once("exit", r));
      return ms;
    };
    const fresh = await timeStart();
    // The database and its WAL after the first start: what 13 months of history cost on disk.
    const bytes = ["", "-wal"]
      .map((suffix) => path.join(dir, DB_FILE_NAME + suffix))
      .filter((file) => existsSync(file))
      .reduce((sum, file) => sum + statSync(file).size, 0);
    const reuse = await timeStart();
    return [
      {
        group: "startup",
        name: "local-s2 first start (13 months: 36 days by the minute, the rest by the hour; 2,000-stream basin)",
        value: fresh / 1000,
        unit: "s",
        target: "< 30 s",
        targetId: "startup.first-start",
        pass: fresh < 30_000,
      },
      {
        group: "startup",
        name: "local-s2 data on disk after the first start",
        value: bytes / 1024 / 1024,
        unit: "MiB",
      },
      {
        group: "startup",
        name: "local-s2 later start (data reused)",
        value: reuse / 1000,
        unit: "s",
        note: `${(fresh / reuse).toFixed(1)}x faster`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
