/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The local backend's native SQLite driver must never be bundled into the Next server.
  serverExternalPackages: ["better-sqlite3"],
};

export default nextConfig;
