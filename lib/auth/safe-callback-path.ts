/**
 * Where to send a user after signing in, reduced to a path on this site. A callback URL comes from the
 * address bar, so anyone can craft one: without this, `/sign-in?callbackUrl=//evil.example` is an open
 * redirect wearing our sign-in page. Anything that is not unambiguously a same-site path becomes `/`.
 */

export const FALLBACK_PATH = "/";
const MAX_LENGTH = 2_048;
const PROBE_ORIGIN = "http://callback.invalid";

export function safeCallbackPath(input: unknown): string {
  if (typeof input !== "string" || input.length === 0 || input.length > MAX_LENGTH) return FALLBACK_PATH;
  if (!input.startsWith("/") || input.startsWith("//") || hasUnsafeCharacter(input)) return FALLBACK_PATH;
  let url: URL;
  try {
    url = new URL(input, PROBE_ORIGIN);
  } catch {
    return FALLBACK_PATH;
  }
  if (url.origin !== PROBE_ORIGIN) return FALLBACK_PATH;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments can fold into a protocol-relative result: `/.//evil` normalises to `//evil`.
  return path.startsWith("//") ? FALLBACK_PATH : path;
}

/** URL parsers drop tabs and newlines (`/\t/evil` becomes `//evil`) and read `\` as `/`: refuse them all. */
function hasUnsafeCharacter(input: string): boolean {
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code < 0x20 || code === 0x7f || code === 0x5c) return true;
  }
  return false;
}
