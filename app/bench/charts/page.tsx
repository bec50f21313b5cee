import { requireBenchPages } from "../bench-pages";
import { ChartBench } from "./chart-bench";

/** Renders the real chart components (or plain recharts) with synthetic data, for the render bench. */
export default async function ChartBenchPage() {
  await requireBenchPages();
  return <ChartBench />;
}
