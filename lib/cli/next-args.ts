/**
 * The `next` command line `npm start` / `npm run dev` runs. Always with `--hostname`: without it Next
 * listens on every interface, and the sign-in page offers a full-access demo token (lib/config/listen.ts).
 */
export interface NextLaunch {
  dev: boolean;
  host: string;
  port: number;
}

export function nextArgs({ dev, host, port }: NextLaunch): string[] {
  return [dev ? "dev" : "start", "--hostname", host, "--port", String(port)];
}

const WILDCARD_HOSTS = new Set(["0.0.0.0", "::", "[::]"]);

/** A URL this machine can reach the server at, for health checks (a wildcard bind answers on loopback). */
export function localUrl(host: string, port: number): string {
  if (WILDCARD_HOSTS.has(host) || host === "localhost") return `http://127.0.0.1:${port}`;
  const plain = host.replace(/^\[|\]$/g, "");
  return plain.includes(":") ? `http://[${plain}]:${port}` : `http://${plain}:${port}`;
}
