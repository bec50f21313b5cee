/**
 * Who a request comes from, for the sign-in limit and the demo button. A Next route handler never sees
 * the socket. What it sees is `X-Forwarded-For`, which Next fills in from the socket only when the
 * request carries none (next/dist/server/base-server.js: `??=`), so a client can write anything there.
 *
 * - With `AUTH_TRUST_PROXY=N` (N reverse proxies in front, each appending the address it saw), the client
 *   is the N-th entry from the right: the one the outermost trusted proxy wrote. Entries further left are
 *   the client's own claims and are ignored.
 * - With no trusted proxy, the last entry is used: the socket address for every client that sent no
 *   header, but a client that sends one chooses its own key. Such an address is marked untrusted, and the
 *   callers act on that (a shared backstop for the limit, no demo button unless the server is on loopback).
 */

export interface HeaderSource {
  get(name: string): string | null;
}

export interface ClientAddress {
  /** Normalised address (lower case, no brackets or `::ffff:`), or "unknown". */
  address: string;
  /** Whether a trusted proxy (or the socket) vouches for it, rather than the client. */
  trusted: boolean;
  /** Every X-Forwarded-For entry, as normalised. */
  chain: readonly string[];
}

const MAX_ADDRESS_LENGTH = 64;
const MAX_CHAIN_LENGTH = 32;
export const UNKNOWN_ADDRESS = "unknown";

function normalise(entry: string): string {
  let value = entry.trim().toLowerCase();
  // `[::1]:1234`, `1.2.3.4:5678`: proxies sometimes include the port.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  if (value.startsWith("::ffff:") && value.includes(".")) value = value.slice("::ffff:".length);
  return value.length <= MAX_ADDRESS_LENGTH && /^[0-9a-f.:]+$/.test(value) ? value : UNKNOWN_ADDRESS;
}

export function clientAddress(headers: HeaderSource, trustedProxyHops: number): ClientAddress {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .slice(-MAX_CHAIN_LENGTH)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "")
    .map(normalise);
  if (chain.length === 0) return { address: UNKNOWN_ADDRESS, trusted: false, chain };
  if (trustedProxyHops > 0) {
    // Fewer entries than proxies: the request skipped a proxy, so the leftmost is all there is.
    const at = Math.max(0, chain.length - trustedProxyHops);
    const address = chain[at] ?? UNKNOWN_ADDRESS;
    return { address, trusted: address !== UNKNOWN_ADDRESS, chain };
  }
  return { address: chain[chain.length - 1] ?? UNKNOWN_ADDRESS, trusted: false, chain };
}

/** Headers as next-auth hands them to `authorize` (a plain object of the request's headers). */
export function headerRecord(record: Record<string, unknown> | undefined): HeaderSource {
  return {
    get(name) {
      const value = record?.[name] ?? record?.[name.toLowerCase()];
      if (typeof value === "string") return value;
      return Array.isArray(value) ? value.filter((v) => typeof v === "string").join(", ") : null;
    },
  };
}
