import { type NextRequest, NextResponse } from "next/server";
import { embedFramePolicySettings, serverEnv } from "@/lib/config/server-env";
import { frameAncestorsSource, parseAllowlist } from "@/lib/embed/allowed-origins";
import {
  contentSecurityPolicy,
  createNonce,
  isEmbedPath,
  STRICT_TRANSPORT_SECURITY,
  wantsStrictTransportSecurity,
} from "@/lib/security/content-security-policy";
import { hasMalformedEncoding, hasPrototypeQueryKey, isApiPath } from "@/lib/security/request-path";
import { REQUEST_PATH_HEADER } from "@/lib/view/missing-target";

/**
 * Runs before every page and route (not the hashed static files): a fresh CSP nonce per request
 * (lib/security/content-security-policy.ts says why), HSTS when the public URL is https, and a clean
 * refusal of paths whose percent-encoding does not decode. The policy is per request for embeds as well:
 * the portals allowed to frame them (EMBED_ALLOWED_ORIGINS) are configuration of the running server.
 * Only that variable is read for it, so a mistake in another embed variable cannot take the frame policy
 * down with it; unset or empty, embeds answer `frame-ancestors 'none'`.
 */
export function proxy(request: NextRequest): NextResponse {
  // The URL as the client sent it (next.config.mjs: skipProxyUrlNormalize).
  const { pathname, searchParams } = new URL(request.url);
  const settings = embedFramePolicySettings();
  const nonce = createNonce();
  const policy = contentSecurityPolicy({
    nonce,
    frameAncestors: isEmbedPath(pathname)
      ? frameAncestorsSource(parseAllowlist(settings.allowedOrigins))
      : "'none'",
    isDev: settings.development,
  });
  // Next takes the nonce for its own scripts from the request's CSP header; the layout reads x-nonce.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  // Not-found pages get no params: the basins' one reads the missing names from here (set, never passed on).
  requestHeaders.set(REQUEST_PATH_HEADER, pathname);

  let response: NextResponse;
  if (isApiPath(pathname) && hasPrototypeQueryKey(searchParams)) {
    response = refusal("bad_query", "__proto__ is not a parameter of this endpoint.");
  } else if (!hasMalformedEncoding(pathname)) {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  } else if (isApiPath(pathname)) {
    response = refusal("bad_path", "The path is not valid percent-encoded UTF-8.");
  } else {
    // A private folder name never matches a route, so this renders app/not-found.tsx with a 404.
    response = NextResponse.rewrite(new URL("/_malformed-path", request.url), {
      request: { headers: requestHeaders },
    });
  }
  response.headers.set("content-security-policy", policy);
  if (wantsStrictTransportSecurity(publicUrl())) {
    response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  }
  return response;
}

function refusal(code: "bad_path" | "bad_query", message: string): NextResponse {
  return NextResponse.json(
    { code, message },
    { status: 400, headers: { "cache-control": "private, no-store" } },
  );
}

/** The configured public URL; an invalid configuration is reported by the routes that need it. */
function publicUrl(): string | null {
  try {
    return serverEnv().publicUrl;
  } catch {
    return null;
  }
}

export const config = {
  // Everything but the build's hashed assets, which are not documents and need no policy, and the two
  // routes that read a request body: for a proxied POST, Next copies the body for the proxy and holds
  // the request until the client has sent all of it, which would undo the routes' own size cap
  // (lib/api/read-json-body.ts). Those routes set their policy themselves.
  matcher: ["/((?!_next/static/|_next/image|api/embed/share(?:/|$)|api/embed/tokens(?:/|$)).*)"],
};
