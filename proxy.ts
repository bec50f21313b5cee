import { type NextRequest, NextResponse } from "next/server";
import { splitEnvList } from "@/lib/config/server-env";
import { parseAllowlist } from "@/lib/embed/allowed-origins";
import { embedContentSecurityPolicy } from "@/lib/embed/embed-headers";

/**
 * The embed pages' Content-Security-Policy, set per request: next.config.mjs headers are fixed when the
 * app is built, but the portals allowed to frame an embed (EMBED_ALLOWED_ORIGINS) are configuration of
 * the running server. Only EMBED_ALLOWED_ORIGINS is read here, so a mistake in any other variable cannot
 * take the frame policy down with it; with it unset or empty, embeds answer `frame-ancestors 'none'`.
 */
export function proxy(_request: NextRequest): NextResponse {
  const allowlist = parseAllowlist(splitEnvList(process.env.EMBED_ALLOWED_ORIGINS));
  const response = NextResponse.next();
  response.headers.set(
    "content-security-policy",
    embedContentSecurityPolicy(allowlist, process.env.NODE_ENV === "development"),
  );
  return response;
}

export const config = {
  matcher: ["/embed", "/embed/:path*"],
};
