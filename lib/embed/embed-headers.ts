import { type Allowlist, frameAncestorsSource } from "./allowed-origins";

/**
 * Security headers of the embed pages (`/embed/...`), set per request by proxy.ts because the allowlist
 * is read at run time. The policy is next.config.mjs's, word for word, except `frame-ancestors`: keep the
 * two in step (e2e/embed.spec.ts compares them). The other security headers come from next.config.mjs as
 * for every route. No X-Frame-Options: it cannot name several origins, and `frame-ancestors` supersedes
 * it in every browser that honours either.
 */
export function embedContentSecurityPolicy(allowlist: Allowlist, isDev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestorsSource(allowlist)}`,
  ].join("; ");
}
