/**
 * A path whose percent-encoding does not decode (`/basins/%ff`: a lone byte that is not UTF-8) names no
 * resource. Next decodes dynamic segments itself and answers such a path with a bare 500 and none of the
 * security headers, so proxy.ts refuses it first: 400 under `/api/`, the not-found page elsewhere.
 */
export function hasMalformedEncoding(pathname: string): boolean {
  for (const segment of pathname.split("/")) {
    if (!segment.includes("%")) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}

export function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

/**
 * `__proto__` as a query parameter never reaches a route handler: Next copies the query into a plain
 * object on its way, where that key sets the prototype instead of a property, so the handler's strict
 * schema, which refuses every other unknown parameter, never sees it. proxy.ts sees the URL as sent.
 */
export function hasPrototypeQueryKey(search: URLSearchParams): boolean {
  return search.has("__proto__");
}
