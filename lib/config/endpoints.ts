import { ConfigError } from "./config-error";

/**
 * Where the dashboard sends S2 tokens. Pure, and free of secrets, so `npm start` can refuse a bad setup
 * before anything listens (lib/cli/start.ts) and the server derives exactly the same endpoints.
 *
 * - Neither endpoint set: the embedded backend (LOCAL_S2_URL) serves both, basins by the `s2-basin` header.
 * - An S2 account endpoint alone: basins are derived as the official SDK does for S2's own hosts
 *   (`a.s2.dev` -> `{basin}.b.s2.dev`; the older per-cloud `aws.s2.dev` -> `{basin}.b.aws.s2.dev`).
 * - Any other account endpoint alone: a single-host backend (s2-lite, a gateway) serving basins at the
 *   account endpoint, named by the `s2-basin` header.
 * - Both set: they must be the same kind. S2's hosts mixed with another host, a single-host basin endpoint
 *   on another origin, or a basin endpoint without an account endpoint would send the token where the
 *   operator did not mean it to go, so the server refuses to start.
 *
 * The embedded backend's URL is used only when no account endpoint is configured: a real token is never
 * sent to whatever listens on the local port unless that port is the configured upstream.
 */

export type UpstreamKind = "embedded" | "s2" | "single-host";

export interface S2Endpoints {
  kind: UpstreamKind;
  accountEndpoint: string;
  /** Holds `{basin}` in its host for S2; otherwise a single host that takes the `s2-basin` header. */
  basinEndpoint: string;
}

export interface EndpointSettings {
  account?: string;
  basin?: string;
  localS2Url: string;
}

const BASIN_PLACEHOLDER = "{basin}";
const S2_DOMAIN = "s2.dev";
/** S2's current account host; its basins live under `b.s2.dev`. */
const S2_ACCOUNT_HOST = `a.${S2_DOMAIN}`;

const stripTrailingSlash = (url: string) => url.replace(/\/+$/, "");

function parse(name: string, value: string): URL {
  try {
    // `{basin}` is not a valid host character; any label stands in for it while parsing.
    return new URL(value.replaceAll(BASIN_PLACEHOLDER, "basin"));
  } catch {
    throw new ConfigError(`${name} is not a URL`);
  }
}

/** Whether a host is one of S2's own (`s2.dev` or below it). */
export function isS2Host(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  return host === S2_DOMAIN || host.endsWith(`.${S2_DOMAIN}`);
}

/** The basin endpoint the official SDK pairs with an S2 account endpoint, or null for a single host. */
export function derivedS2BasinEndpoint(account: URL): string | null {
  const host = account.hostname.toLowerCase().replace(/\.$/, "");
  const port = account.port === "" ? "" : `:${account.port}`;
  if (host === S2_ACCOUNT_HOST) return `${account.protocol}//${BASIN_PLACEHOLDER}.b.${S2_DOMAIN}${port}`;
  const cloud = host.slice(0, -(S2_DOMAIN.length + 1));
  // `aws.s2.dev`: one label in front of s2.dev names a cloud, whose basins are `{basin}.b.aws.s2.dev`.
  if (/^[a-z0-9-]+$/.test(cloud) && cloud !== "b") {
    return `${account.protocol}//${BASIN_PLACEHOLDER}.b.${cloud}.${S2_DOMAIN}${port}`;
  }
  // Deeper names (a dedicated cell) serve basins on the account host itself.
  return null;
}

export function resolveS2Endpoints(settings: EndpointSettings): S2Endpoints {
  const local = stripTrailingSlash(settings.localS2Url);
  if (settings.account === undefined) {
    if (settings.basin !== undefined) {
      throw new ConfigError(
        "S2_BASIN_ENDPOINT is set without S2_ACCOUNT_ENDPOINT: account calls would go to the embedded backend; set both, or neither",
      );
    }
    return { kind: "embedded", accountEndpoint: local, basinEndpoint: local };
  }
  const accountEndpoint = stripTrailingSlash(settings.account);
  const account = parse("S2_ACCOUNT_ENDPOINT", accountEndpoint);
  const accountIsS2 = isS2Host(account.hostname);

  if (settings.basin === undefined) {
    const derived = accountIsS2 ? derivedS2BasinEndpoint(account) : null;
    if (derived !== null) return { kind: "s2", accountEndpoint, basinEndpoint: derived };
    return { kind: accountIsS2 ? "s2" : "single-host", accountEndpoint, basinEndpoint: accountEndpoint };
  }

  const basinEndpoint = stripTrailingSlash(settings.basin);
  const basin = parse("S2_BASIN_ENDPOINT", basinEndpoint);
  if (isS2Host(basin.hostname) !== accountIsS2) {
    throw new ConfigError(
      `S2_ACCOUNT_ENDPOINT (${account.origin}) and S2_BASIN_ENDPOINT (${basin.origin}) mix S2's hosts with another backend; point both at the same one`,
    );
  }
  if (!basinEndpoint.includes(BASIN_PLACEHOLDER) && basin.origin !== account.origin) {
    throw new ConfigError(
      `S2_BASIN_ENDPOINT (${basin.origin}) has no {basin} placeholder, so it must be the single host of S2_ACCOUNT_ENDPOINT (${account.origin}); leave it unset for a single-host backend`,
    );
  }
  return { kind: accountIsS2 ? "s2" : "single-host", accountEndpoint, basinEndpoint };
}
