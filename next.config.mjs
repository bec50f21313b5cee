/**
 * Security headers. Every route gets the same Content-Security-Policy with `frame-ancestors 'none'`,
 * except the embed pages (`/embed`, `/embed/...`): their policy names the portals allowed to frame them,
 * which are read from EMBED_ALLOWED_ORIGINS at run time, so proxy.ts sets it per request
 * (lib/embed/embed-headers.ts, the same policy but for frame-ancestors). They must not get this one as
 * well: two CSP headers both apply, and `'none'` would win.
 *
 * Scripts need 'unsafe-inline' because Next inlines its bootstrap and RSC payload; a nonce would remove
 * that need but would force every page to render per request through a proxy. Nothing else is loaded
 * from anywhere but this origin.
 */
function contentSecurityPolicy({ frameAncestors }) {
  const isDev = process.env.NODE_ENV === "development";
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
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

const commonHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

/** Every path but `/embed` and `/embed/...` (`/embedded` is not an embed path and keeps 'none'). */
const NOT_EMBED_PATHS = "/:path((?!embed(?:/|$)).*)";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets two builds of one tree live side by side (e2e runs on other ports, the bench): default `.next`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The local backend's native SQLite driver must never be bundled into the Next server.
  serverExternalPackages: ["better-sqlite3"],
  async headers() {
    return [
      { source: "/:path*", headers: commonHeaders },
      {
        source: NOT_EMBED_PATHS,
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy({ frameAncestors: "'none'" }) },
        ],
      },
    ];
  },
};

export default nextConfig;
