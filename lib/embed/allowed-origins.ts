/**
 * The portals that may frame the dashboard (EMBED_ALLOWED_ORIGINS). An origin is scheme + host + port and
 * nothing else, compared exactly after normalisation (lower-case host, default port dropped): that is how
 * both CSP `frame-ancestors` and `postMessage` target origins work, so the list means the same to the
 * browser, to the frame's message checks and to the diagnostics page. Entries that are not plain origins
 * (a path, a wildcard, `*`) are refused and reported rather than guessed at.
 */

export type NormalisedOrigin = { ok: true; origin: string } | { ok: false; reason: string };

export interface AllowlistProblem {
  readonly entry: string;
  readonly reason: string;
}

export interface Allowlist {
  /** Normalised, deduplicated, in the order configured. */
  readonly origins: readonly string[];
  /** Entries that were ignored, and why. */
  readonly problems: readonly AllowlistProblem[];
}

export const EMPTY_ALLOWLIST: Allowlist = { origins: [], problems: [] };

const MAX_ORIGIN_LENGTH = 300;

export function normaliseOrigin(input: string): NormalisedOrigin {
  const text = input.trim();
  if (text === "") return { ok: false, reason: "it is empty" };
  if (text.length > MAX_ORIGIN_LENGTH) return { ok: false, reason: "it is too long to be an origin" };
  if (text === "*" || text.includes("*")) {
    return { ok: false, reason: "wildcards are not accepted: list every portal origin exactly" };
  }
  if (text === "null") return { ok: false, reason: "the opaque origin null cannot be allowed" };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return {
      ok: false,
      reason: "it is not an origin; write scheme://host[:port], e.g. https://portal.example",
    };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { ok: false, reason: `the scheme ${url.protocol.slice(0, -1)} is not http or https` };
  }
  if (url.username !== "" || url.password !== "") {
    return { ok: false, reason: "an origin has no user name or password" };
  }
  // `new URL("https://a.example")` has pathname "/"; anything more is a page, not an origin.
  if (url.pathname !== "/" || url.search !== "" || url.hash !== "" || /[?#]/.test(text)) {
    return { ok: false, reason: "an origin has no path, query or fragment; drop everything after the host" };
  }
  return { ok: true, origin: url.origin };
}

export function parseAllowlist(entries: readonly string[]): Allowlist {
  const origins: string[] = [];
  const problems: AllowlistProblem[] = [];
  for (const entry of entries) {
    const result = normaliseOrigin(entry);
    if (!result.ok) problems.push({ entry, reason: result.reason });
    else if (!origins.includes(result.origin)) origins.push(result.origin);
  }
  return { origins, problems };
}

export function isEmbeddingEnabled(allowlist: Allowlist): boolean {
  return allowlist.origins.length > 0;
}

/** The CSP `frame-ancestors` sources: the allowed origins, or `'none'` when embedding is off. */
export function frameAncestorsSource(allowlist: Allowlist): string {
  return isEmbeddingEnabled(allowlist) ? allowlist.origins.join(" ") : "'none'";
}

export interface OriginDiagnosis {
  readonly input: string;
  /** The origin as compared, or null when the input is not one. */
  readonly normalised: string | null;
  readonly allowed: boolean;
  /** One sentence an operator can act on. */
  readonly reason: string;
  /** Allowed origins on the same host that differ only in scheme or port: the usual mistake. */
  readonly nearMisses: readonly string[];
}

export function diagnoseOrigin(input: string, allowlist: Allowlist): OriginDiagnosis {
  const result = normaliseOrigin(input);
  if (!result.ok) {
    return {
      input,
      normalised: null,
      allowed: false,
      reason: `Not an origin: ${result.reason}.`,
      nearMisses: [],
    };
  }
  const { origin } = result;
  const changed = origin !== input.trim();
  const asCompared = changed ? ` (compared as ${origin})` : "";
  if (!isEmbeddingEnabled(allowlist)) {
    return {
      input,
      normalised: origin,
      allowed: false,
      reason:
        "Embedding is off: EMBED_ALLOWED_ORIGINS lists no valid origin, so every page answers frame-ancestors 'none'.",
      nearMisses: [],
    };
  }
  if (allowlist.origins.includes(origin)) {
    return {
      input,
      normalised: origin,
      allowed: true,
      reason: `${origin} is on EMBED_ALLOWED_ORIGINS${asCompared}: embed pages list it in frame-ancestors and talk to it with postMessage.`,
      nearMisses: [],
    };
  }
  const host = new URL(origin).hostname;
  const nearMisses = allowlist.origins.filter((allowed) => new URL(allowed).hostname === host);
  const hint =
    nearMisses.length > 0
      ? ` The same host is allowed as ${nearMisses.join(", ")}: origins must match exactly, scheme and port included.`
      : " Add it to EMBED_ALLOWED_ORIGINS (scheme://host[:port]) and restart the dashboard.";
  return {
    input,
    normalised: origin,
    allowed: false,
    reason: `${origin} is not on EMBED_ALLOWED_ORIGINS${asCompared}, so browsers refuse to show the dashboard in its frames.${hint}`,
    nearMisses,
  };
}
