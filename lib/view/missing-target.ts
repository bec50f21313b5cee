import { isBasinName } from "@/lib/api/contract";
import { streamNameSchema } from "@/lib/s2/contract";

/**
 * A not-found page is not given its route's params, so the proxy hands every page the path it was asked
 * with in this request header (set there, never taken from the client), and the basins' not-found page
 * reads from it which basin or stream was missing.
 */
export const REQUEST_PATH_HEADER = "x-request-path";

export interface MissingTarget {
  readonly basin: string;
  readonly stream?: string;
}

/**
 * The basin (and stream) a `/basins/{basin}[/streams/{stream}]` path names, or null when the path names
 * none, or a name S2 could not hold (the generic not-found page answers those).
 */
export function missingTargetFromPath(path: string | null): MissingTarget | null {
  if (path === null) return null;
  const match = /^\/basins\/([^/]+)(?:\/streams\/([^/]+))?\/?$/.exec(path);
  if (!match) return null;
  const basin = decode(match[1] ?? "");
  if (basin === null || !isBasinName(basin)) return null;
  if (match[2] === undefined) return { basin };
  const stream = decode(match[2]);
  if (stream === null || !streamNameSchema.safeParse(stream).success) return null;
  return { basin, stream };
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
