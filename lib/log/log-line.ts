/**
 * How a server log line is made safe. Values in a line may come from a request (a callback URL, a path,
 * an upstream message echoing a header), so every value is redacted, bounded and escaped before it is
 * written: nobody can end a line early and forge the next one (`\n[api] ...`), hide text with terminal
 * escapes, or get a credential printed.
 */

/** Longest value kept, in UTF-16 units; the rest is replaced by a count. */
export const MAX_VALUE_LENGTH = 500;
/** Longest event name kept: events come from code, but are bounded like everything else. */
const MAX_EVENT_LENGTH = 80;

const REDACTED = "[redacted]";

/**
 * A Bearer credential runs from the word to the end of its quoted value (or of the text): cutting at the
 * first space or line break would leave the rest of a token that itself holds one, and an error message
 * that echoes a header value is exactly where such a token shows up.
 */
const BEARER = /\bbearer\b[^"'`]*/gi;
/** `authorization: <value>`, `"authorization":"<value>"`, `authorization=<value>`. */
const AUTHORIZATION = /(\bauthorization\b["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^"'`,;}]+)/gi;

/** Replaces credentials (Bearer values, Authorization values, and the given known secrets) by a marker. */
export function redactSecrets(text: string, knownSecrets: Iterable<string> = []): string {
  let out = text.replace(AUTHORIZATION, (_match, label: string) => `${label}${REDACTED}`);
  out = out.replace(BEARER, `Bearer ${REDACTED}`);
  for (const secret of knownSecrets) {
    if (secret.length > 0 && out.includes(secret)) out = out.replaceAll(secret, REDACTED);
  }
  return out;
}

/** Characters that could end a line or change a terminal's output, outside of a log value's escapes. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
export const LINE_BREAKING_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const ESCAPED_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\\"]/g;

const NAMED_ESCAPES: Record<string, string> = {
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\\": "\\\\",
  '"': '\\"',
};

/**
 * Control characters (C0, DEL, C1), the Unicode line and paragraph separators, backslash and the double
 * quote become visible escapes, so a value is always one quoted stretch of one line.
 */
export function escapeLogText(text: string): string {
  return text.replace(ESCAPED_CHARACTERS, (char) => {
    return NAMED_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

export function boundLogText(text: string, max: number = MAX_VALUE_LENGTH): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}…(${text.length - max} more)`;
}

export type LogDetail = Record<string, unknown>;

function valueText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (value === undefined) return "undefined";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function safeValue(value: unknown, knownSecrets: Iterable<string>): string {
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  const text = valueText(value);
  // Redact before bounding, so a cut can never leave the start of a credential that no longer matches.
  return `"${escapeLogText(boundLogText(redactSecrets(text, knownSecrets)))}"`;
}

const KEY_PATTERN = /^[A-Za-z0-9_.-]{1,40}$/;

/** `[scope] event key="value" ...`: one line whatever the values hold. */
export function formatLogLine(
  scope: string,
  event: string,
  detail: LogDetail = {},
  knownSecrets: Iterable<string> = [],
): string {
  const secrets = [...knownSecrets];
  const name = escapeLogText(boundLogText(redactSecrets(event, secrets), MAX_EVENT_LENGTH)).replace(
    /\s/g,
    "_",
  );
  const parts = [`[${scope}]`, name];
  for (const [key, value] of Object.entries(detail)) {
    const safeKey = KEY_PATTERN.test(key) ? key : "key";
    parts.push(`${safeKey}=${safeValue(value, secrets)}`);
  }
  return parts.join(" ");
}
