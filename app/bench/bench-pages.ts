import { notFound } from "next/navigation";
import { connection } from "next/server";

/**
 * Pages under `/bench` exist only for `npm run bench`, which starts the app with BENCH_PAGES=1. They are
 * read at request time, so one build serves them to the bench and a 404 to everyone else.
 */
export async function requireBenchPages(): Promise<void> {
  await connection();
  if (process.env.BENCH_PAGES !== "1") notFound();
}
