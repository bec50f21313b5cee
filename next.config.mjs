/**
 * Security headers that are the same for every response. The Content-Security-Policy is not here: it
 * carries a nonce per request and, on embed pages, the portals allowed to frame them, so proxy.ts builds
 * it (lib/security/content-security-policy.ts) along with HSTS. A fixed policy here as well would be a
 * second CSP header, and browsers enforce both.
 */
const commonHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets two builds of one tree live side by side (e2e runs on other ports, the bench): default `.next`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // proxy.ts checks the URL exactly as the client sent it: normalised, a `__proto__` query key is gone.
  skipProxyUrlNormalize: true,
  // Native and driver packages are loaded from node_modules at run time, never bundled: the SQLite driver
  // (the local backend and the dashboard's own database), PostgreSQL's, Redis's, and the query layer that
  // loads them.
  serverExternalPackages: ["better-sqlite3", "pg", "ioredis", "kysely"],
  experimental: {
    // Next copies a POST body for proxy.ts, buffering up to this much of it (10 MB by default). The
    // routes behind the proxy that take a body (sign-in) take a few hundred bytes.
    proxyClientMaxBodySize: "64kb",
  },
  async headers() {
    return [{ source: "/:path*", headers: commonHeaders }];
  },
};

export default nextConfig;
