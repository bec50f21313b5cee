import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startLocalS2 } from "@/lib/local-s2/spawn";
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
    const reuse = await timeStart();
    return [
      {
        group: "startup",
        name: "local-s2 first start (36-day backfill)",
        value: fresh / 1000,
        unit: "s",
        target: "< 30 s",
        targetId: "startup.first-start",
        pass: fresh < 30_000,
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
