import { BASIN_NAME_PATTERN } from "@/lib/s2/contract";

/**
 * Upstream URLs are assembled from a configured base and percent-encoded segments only, so no name a
 * browser sends can change the host, climb out of `/v1/...`, or add query parameters.
 */

const BASIN_PLACEHOLDER = "{basin}";

/** One path segment, encoded. `.` and `..` would be resolved away by any URL parser, so they never pass. */
export function pathSegment(value: string): string {
  if (value === "" || value === "." || value === "..") {
    throw new Error(`refusing to build an upstream path segment from ${JSON.stringify(value)}`);
  }
  return encodeURIComponent(value);
}

type QueryValue = string | number | undefined;

/** `base` + `/v1/` + encoded segments + the defined query values, in the order given. */
export function upstreamUrl(
  base: string,
  segments: readonly string[],
  query: Record<string, QueryValue> = {},
): URL {
  const url = new URL(`${base}/v1/${segments.map(pathSegment).join("/")}`);
  for (const [key, value] of Object.entries(query)) {
    // An empty listing filter means "no filter" to S2; leaving it out keeps one canonical URL per request.
    if (value !== undefined && value !== "") url.searchParams.set(key, String(value));
  }
  return url;
}

export interface BasinTarget {
  /** Base URL for `/v1/streams` of this basin. */
  base: string;
  /** Set when a single host serves every basin, which then names the basin by the `s2-basin` header. */
  basinHeader: string | null;
}

/** Real S2 serves each basin at `https://{basin}.b.s2.dev`; a single-host backend takes a header. */
export function basinTarget(basinEndpoint: string, basin: string): BasinTarget {
  if (!BASIN_NAME_PATTERN.test(basin)) {
    throw new Error("refusing to route to a basin whose name is not a valid host label");
  }
  if (basinEndpoint.includes(BASIN_PLACEHOLDER)) {
    return { base: basinEndpoint.replaceAll(BASIN_PLACEHOLDER, basin), basinHeader: null };
  }
  return { base: basinEndpoint, basinHeader: basin };
}
