/** Percentile by nearest rank over a copy of the samples; `p` is 0..100. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

/** Runs `task` `runs` times in sequence after `warmup` unmeasured runs; returns milliseconds per run. */
export async function timeRuns(task: () => Promise<unknown>, runs: number, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await task();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const began = performance.now();
    await task();
    out.push(performance.now() - began);
  }
  return out;
}
