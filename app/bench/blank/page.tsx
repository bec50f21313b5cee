import { requireBenchPages } from "../bench-pages";

/** The smallest page of the build: the root layout and nothing else, the baseline for JavaScript size. */
export default async function BlankBenchPage() {
  await requireBenchPages();
  return <p>blank</p>;
}
