/**
 * The dashboard's Content-Security-Policy, built here and nowhere else. proxy.ts sets it on every
 * response, with a fresh nonce per request: Next reads the nonce from the request's CSP header and puts
 * it on its own bootstrap and RSC payload scripts, and the root layout puts it on the theme script, so
 * `script-src` needs no 'unsafe-inline'. 'strict-dynamic' lets those trusted scripts load the rest of
 * the bundle. Styles keep 'unsafe-inline': React writes `style` attributes, which a nonce cannot cover,
 * and a style cannot run code.
 *
 * Only `frame-ancestors` differs between pages: the embed pages name the portals allowed to frame them
 * (EMBED_ALLOWED_ORIGINS), every other page and route refuses all framing.
 */

export interface PolicyOptions {
  /** This response's nonce (base64). */
  readonly nonce: string;
  /** The CSP `frame-ancestors` sources, e.g. `'none'`. */
  readonly frameAncestors: string;
  /** `next dev` needs eval (React's error overlay) and a websocket (hot reload); a build needs neither. */
  readonly isDev: boolean;
}

export function contentSecurityPolicy({ nonce, frameAncestors, isDev }: PolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

/** 128 random bits, base64: unguessable, and a valid CSP nonce source. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Two years, every subdomain: sent only when the dashboard's public URL is https. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** HSTS over plain http is ignored by browsers and would be wrong on a local dashboard. */
export function wantsStrictTransportSecurity(publicUrl: string | null): boolean {
  return publicUrl?.startsWith("https://") ?? false;
}

/** The embed pages: `/embed` and `/embed/...`, not `/embedded`. */
export function isEmbedPath(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

/**
 * The policy of a JSON answer that proxy.ts does not see (the routes that read a request body: Next
 * buffers a body for the proxy and waits for all of it, which would undo their size cap). A JSON answer
 * runs nothing, so it allows nothing, and it may not be framed either.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** A route handler whose every answer, errors included, carries API_CONTENT_SECURITY_POLICY. */
export function withApiContentSecurityPolicy<A extends unknown[]>(
  handler: (request: Request, ...rest: A) => Promise<Response>,
): (request: Request, ...rest: A) => Promise<Response> {
  return async (request, ...rest) => {
    const response = await handler(request, ...rest);
    response.headers.set("content-security-policy", API_CONTENT_SECURITY_POLICY);
    return response;
  };
}
