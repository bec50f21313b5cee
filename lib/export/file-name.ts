import type { EpochRange } from "@/lib/time-range/epoch-range";

export type ExportFormat = "csv" | "json";

export interface ExportFileParts {
  readonly basin?: string;
  readonly stream?: string;
  /** The set's name, or "all-sets" for a whole basin. */
  readonly set: string;
  readonly range: EpochRange;
  readonly interval: string;
  readonly format: ExportFormat;
}

/** Longest name part kept: whole names stay readable while the file name stays well under 255 bytes. */
const MAX_PART_CHARS = 60;

/**
 * A name made safe as part of a file name on Windows, macOS and Linux: path separators, the characters
 * Windows reserves, controls and whitespace become "-", runs of them one "-", and leading or trailing
 * dots and dashes go (a leading dot hides a file). Letters of any script are kept.
 */
export function sanitiseNamePart(name: string): string {
  const cleaned = name
    .normalize("NFC")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[.-]+|[.-]+$/g, "");
  const kept = Array.from(cleaned)
    .slice(0, MAX_PART_CHARS)
    .join("")
    .replace(/[.-]+$/, "");
  return kept === "" ? "unnamed" : kept;
}

/** "2026-11-01T00-00Z": UTC, minute precision, no colons (Windows refuses them). */
export function fileTimestamp(t: number): string {
  return new Date(t * 1000).toISOString().slice(0, 16).replace(":", "-").concat("Z");
}

/**
 * What the file holds, in its name:
 * `prod-events_append-ops_2026-11-01T00-00Z_2026-12-01T00-00Z_hour.csv`; account sets start with
 * "account", a stream's with its basin and stream.
 */
export function exportFileName(parts: ExportFileParts): string {
  const where =
    parts.basin === undefined
      ? ["account"]
      : [parts.basin, ...(parts.stream === undefined ? [] : [parts.stream])].map(sanitiseNamePart);
  const when = [fileTimestamp(parts.range.start), fileTimestamp(parts.range.end)];
  return `${[...where, sanitiseNamePart(parts.set), ...when, parts.interval].join("_")}.${parts.format}`;
}

/**
 * A Content-Disposition header for `fileName`: an ASCII fallback for old clients plus the exact UTF-8
 * name (RFC 6266 / RFC 5987), so a stream named in any script downloads under its own name.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
