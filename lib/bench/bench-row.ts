/** One printed benchmark figure. `target` and `pass` stay empty until a figure has a target. */
export interface BenchRow {
  group: string;
  name: string;
  value: number;
  unit: string;
  target?: string;
  pass?: boolean;
  note?: string;
}
