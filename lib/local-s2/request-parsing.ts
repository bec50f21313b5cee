import { BASIN_NAME_PATTERN, STREAM_NAME_MAX_BYTES } from "@/lib/s2/contract";
import { badPath, badQuery } from "./errors";

/** Query parameters as a map, refusing a parameter given twice (which one would S2 have meant?). */
export function singleParams(query: URLSearchParams): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of query) {
    if (out.has(key)) throw badQuery(`query parameter '${key}' is given more than once`);
    out.set(key, value);
  }
  return out;
}

export function parseBasinSegment(raw: string): string {
  const name = decodeSegment(raw);
  if (!BASIN_NAME_PATTERN.test(name)) {
    throw badPath(
      `'${name.slice(0, 60)}' is not a basin name: 8 to 48 characters of a-z, 0-9 and '-', starting and ending with a letter or digit`,
    );
  }
  return name;
}

export function parseStreamSegment(raw: string): string {
  const name = decodeSegment(raw);
  if (name.length === 0) throw badPath("the stream name is empty");
  if (name === "." || name === "..") throw badPath(`'${name}' is not a valid stream name`);
  if (Buffer.byteLength(name, "utf8") > STREAM_NAME_MAX_BYTES) {
    throw badPath(`the stream name is longer than ${STREAM_NAME_MAX_BYTES} bytes`);
  }
  return name;
}

function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw badPath("the path has a malformed percent-encoding");
  }
}

export interface ListParams {
  prefix: string;
  startAfter: string;
  limit: number;
}

/** `prefix`, `start_after` and `limit` (1..1000, default 1000; 0 also means the default). */
export function parseListParams(query: URLSearchParams): ListParams {
  const params = singleParams(query);
  const prefix = params.get("prefix") ?? "";
  const startAfter = params.get("start_after") ?? "";
  const rawLimit = params.get("limit");
  let limit = 1000;
  if (rawLimit !== undefined) {
    if (!/^\d{1,4}$/.test(rawLimit) || Number(rawLimit) > 1000) {
      throw badQuery(`'limit' must be a whole number from 1 to 1000, got '${rawLimit.slice(0, 20)}'`);
    }
    limit = Number(rawLimit) === 0 ? 1000 : Number(rawLimit);
  }
  if (startAfter !== "" && prefix !== "" && startAfter < prefix) {
    throw badQuery(`'start_after' ('${startAfter}') must not sort before 'prefix' ('${prefix}')`);
  }
  return { prefix, startAfter, limit };
}
