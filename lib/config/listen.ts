/**
 * Where `npm start` binds the dashboard: loopback unless `HOST` says otherwise, because the sign-in page
 * can offer a full-access demo token. Pure and secret-free: the CLI (lib/cli/start.ts) and the server's
 * demo decision (lib/auth/demo-access.ts) read it alike.
 */

export const DEFAULT_LISTEN_HOST = "127.0.0.1";

export function listenHost(value: string | undefined): string {
  const host = value?.trim() ?? "";
  return host === "" ? DEFAULT_LISTEN_HOST : host;
}

/** Whether an address is this machine's loopback (127.0.0.0/8, ::1, and IPv4 mapped into IPv6). */
export function isLoopbackAddress(address: string): boolean {
  const plain = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  const v4 = plain.startsWith("::ffff:") ? plain.slice("::ffff:".length) : plain;
  return plain === "::1" || plain === "localhost" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}
