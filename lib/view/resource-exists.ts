import { cookies } from "next/headers";
import { ApiError } from "@/lib/api/api-error";
import { readS2Token } from "@/lib/auth/session";
import { sharedS2Client } from "@/lib/upstream/shared-client";

/**
 * Whether a basin or stream exists, asked of S2's listings for the page's not-found decision. "unknown"
 * when the token may not list (a metrics-only token): the view then renders and its panels speak for
 * themselves rather than calling a real basin missing.
 */
export type Existence = "yes" | "no" | "unknown";

async function ask(list: (token: string) => Promise<{ name: string }[]>, name: string): Promise<Existence> {
  const token = await readS2Token(await cookies());
  if (token === null) return "unknown";
  try {
    return (await list(token)).some((item) => item.name === name) ? "yes" : "no";
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return "no";
    return "unknown";
  }
}

export function basinExists(basin: string): Promise<Existence> {
  return ask(
    async (token) => (await sharedS2Client().listBasins(token, { prefix: basin, limit: 1 })).basins,
    basin,
  );
}

export function streamExists(basin: string, stream: string): Promise<Existence> {
  return ask(
    async (token) => (await sharedS2Client().listStreams(token, basin, { prefix: stream, limit: 1 })).streams,
    stream,
  );
}
