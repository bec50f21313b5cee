import "server-only";
import { formatLogLine, type LogDetail } from "./log-line";

/**
 * Every server log line goes through here (lib/log/log-line.ts says how a line is made safe). Known
 * secrets, such as the configured demo token, are registered once and redacted wherever they appear.
 */

export type LogScope = "api" | "auth" | "upstream" | "embed" | "config" | "store";

/** Bounded: secrets are registered from configuration, a handful per process. */
const MAX_KNOWN_SECRETS = 32;
/** Shorter values would redact ordinary words. */
const MIN_SECRET_LENGTH = 8;
const KNOWN = Symbol.for("s2-dashboard.log.known-secrets");
const holder = globalThis as typeof globalThis & { [KNOWN]?: Set<string> };

function knownSecrets(): Set<string> {
  holder[KNOWN] ??= new Set();
  return holder[KNOWN];
}

/** Redacts `value` from every later log line. */
export function registerSecret(value: string | null | undefined): void {
  if (!value || value.length < MIN_SECRET_LENGTH) return;
  const secrets = knownSecrets();
  if (secrets.size < MAX_KNOWN_SECRETS) secrets.add(value);
}

export type LogWriter = (line: string) => void;

export function logError(
  scope: LogScope,
  event: string,
  detail?: LogDetail,
  write: LogWriter = console.error,
) {
  write(formatLogLine(scope, event, detail, knownSecrets()));
}

export function logWarn(scope: LogScope, event: string, detail?: LogDetail, write: LogWriter = console.warn) {
  write(formatLogLine(scope, event, detail, knownSecrets()));
}
