import { formatOffset } from "@/lib/format/time-zone";
import type { TzChoice } from "./options";

export interface ZoneOption {
  /** The URL value: "local", "utc" or an IANA name. */
  readonly value: TzChoice;
  /** What the list shows: "Local (Europe/Paris)", "UTC", "America/New_York". */
  readonly label: string;
  /** The zone's offset at the time the list was built: "UTC+1", "UTC−4", "UTC+5:30". */
  readonly offset: string;
}

/** Every zone Intl knows, or an empty list on an engine without `Intl.supportedValuesOf`. */
export function supportedZones(): string[] {
  return typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
}

/**
 * The zone picker's list: Local and UTC first, then every IANA zone by name, each with its offset at
 * `now` so a reader can find "the one at UTC+9" without knowing its city. A chosen zone missing from
 * the engine's list (an alias such as "Asia/Kolkata") is kept, so the list always holds the choice.
 */
export function zoneOptions(
  zones: readonly string[],
  localZone: string,
  now: number,
  current?: TzChoice,
): ZoneOption[] {
  const names = [...zones];
  if (current !== undefined && current !== "local" && current !== "utc" && !names.includes(current)) {
    names.push(current);
  }
  names.sort();
  return [
    { value: "local", label: `Local (${localZone})`, offset: formatOffset(now, localZone) },
    { value: "utc", label: "UTC", offset: "UTC" },
    ...names
      .filter((name) => name !== "UTC")
      .map((name) => ({ value: name, label: name, offset: formatOffset(now, name) })),
  ];
}

const words = (text: string) => text.toLowerCase().replaceAll("_", " ");

/**
 * The options matching what was typed: every word of the query must appear in the name (underscores read
 * as spaces, so "new york" finds America/New_York) or the offset ("utc+9", "+5:30"). Names whose city
 * starts with the query come first, then the list's own order.
 */
export function filterZones(options: readonly ZoneOption[], query: string): ZoneOption[] {
  const terms = words(query).trim().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...options];
  const phrase = terms.join(" ");
  const haystack = (o: ZoneOption) => `${words(o.label)} ${o.offset.toLowerCase().replace("\u2212", "-")}`;
  const matches = options.filter((o) => terms.every((t) => haystack(o).includes(t.replace("\u2212", "-"))));
  const city = (o: ZoneOption) => words(o.label.split("/").pop() ?? o.label);
  const rank = (o: ZoneOption) => (city(o).startsWith(phrase) ? 0 : 1);
  return matches
    .map((o, i) => ({ o, i }))
    .sort((a, b) => rank(a.o) - rank(b.o) || a.i - b.i)
    .map(({ o }) => o);
}
