/**
 * One printed benchmark figure. A figure with a target names it by `targetId` (lib/bench/targets.ts), so
 * the summary can tell a target that was missed from one that was never measured.
 */
export interface BenchRow {
  group: string;
  name: string;
  value: number;
  unit: string;
  target?: string;
  targetId?: string;
  pass?: boolean;
  note?: string;
  /** The raw samples the value was derived from (written to the run's JSON, not printed). */
  samples?: readonly number[];
}
