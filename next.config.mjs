/**
 * Security headers for every route. A later embed route adds its own entry after this one (Next applies
 * the last matching value of a header), e.g.
 * `{ source: "/embed/:path*", headers: securityHeaders({ frameAncestors: "<allowed origins>" }) }`.
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

function securityHeaders({ frameAncestors }) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ frameAncestors }) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  ];
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The local backend's native SQLite driver must never be bundled into the Next server.
  serverExternalPackages: ["better-sqlite3"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders({ frameAncestors: "'none'" }) }];
  },
};

export default nextConfig;
