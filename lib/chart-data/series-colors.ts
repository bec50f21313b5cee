/** Palette slots; the colours themselves are CSS variables `--chart-1`..`--chart-8` set by the theme. */
export const CHART_PALETTE_SIZE = 8;

/** The CSS colour for a palette slot (0-based). */
export function paletteColor(slot: number): string {
  return `var(--chart-${(slot % CHART_PALETTE_SIZE) + 1})`;
}

/**
 * The palette slot a series name hashes to (FNV-1a over UTF-16 units). Series names are not published
 * by S2, so a name outside the known operation families gets its colour from the name itself: the same
 * name gets the same colour in every chart and on every reload.
 */
export function preferredColorSlot(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % CHART_PALETTE_SIZE;
}

/**
 * S2's operation types (the series of `account-ops` and `basin-ops`) in families a reader can take in
 * at once: one hue per family, a shade per member. Listed here, not derived from the contract's flat
 * list, because the grouping is a reading aid, not data; a name in no family keeps its hashed colour.
 */
export const OPERATION_FAMILIES = [
  {
    id: "basins",
    label: "Basin management",
    slot: 0,
    members: ["list-basins", "create-basin", "delete-basin", "reconfigure-basin", "get-basin-config"],
  },
  {
    id: "streams",
    label: "Stream management",
    slot: 2,
    members: ["list-streams", "create-stream", "delete-stream", "get-stream-config", "reconfigure-stream"],
  },
  { id: "data", label: "Data", slot: 1, members: ["append", "read", "check-tail", "trim", "fence"] },
  {
    id: "tokens",
    label: "Access tokens",
    slot: 3,
    members: ["issue-access-token", "revoke-access-token", "list-access-tokens"],
  },
  {
    id: "metrics",
    label: "Metrics",
    slot: 7,
    members: ["account-metrics", "basin-metrics", "stream-metrics"],
  },
] as const;

export type SeriesFamilyId = (typeof OPERATION_FAMILIES)[number]["id"];

export interface SeriesFamily {
  readonly id: SeriesFamilyId;
  readonly label: string;
  /** The family's place in legends and stacks, so a family's members sit together. */
  readonly rank: number;
}

/**
 * Shades within a family: steps in OKLCH lightness and hue from the family's palette colour (CSS
 * relative colour syntax, so each theme's palette still decides the base). Lightness alternates darker
 * and lighter so neighbours in a stack differ most; the hue step keeps same-lightness shades apart.
 */
const SHADES = [
  { dl: 0, dh: 0 },
  { dl: -0.12, dh: -14 },
  { dl: 0.12, dh: 14 },
  { dl: -0.22, dh: 8 },
  { dl: 0.2, dh: -8 },
] as const;

const FAMILY_OF = new Map<string, { family: SeriesFamily; slot: number; shade: number }>();
OPERATION_FAMILIES.forEach((f, rank) => {
  f.members.forEach((name, shade) => {
    FAMILY_OF.set(name, { family: { id: f.id, label: f.label, rank }, slot: f.slot, shade });
  });
});

/** The operation family a series name belongs to, or null for any other name (storage classes, ...). */
export function seriesFamily(name: string): SeriesFamily | null {
  return FAMILY_OF.get(name)?.family ?? null;
}

/**
 * The colour of a series, from its name alone: the same name is the same colour in every chart, range
 * and view, whichever other series are drawn beside it. Operation types take their family's hue and
 * their own shade (all 21 S2 operation types are distinct); other names hash onto the palette.
 */
export function seriesColor(name: string): string {
  const known = FAMILY_OF.get(name);
  if (known === undefined) return paletteColor(preferredColorSlot(name));
  const base = paletteColor(known.slot);
  const shade = SHADES[known.shade % SHADES.length] ?? SHADES[0];
  if (shade.dl === 0 && shade.dh === 0) return base;
  return `oklch(from ${base} calc(l + ${shade.dl}) c calc(h + ${shade.dh}))`;
}

/**
 * The order series are stacked and listed in: operation families together, in family order, then
 * every other name; by name within each. Independent of the order a response listed them in.
 */
export function compareSeriesNames(a: string, b: string): number {
  const rankA = seriesFamily(a)?.rank ?? OPERATION_FAMILIES.length;
  const rankB = seriesFamily(b)?.rank ?? OPERATION_FAMILIES.length;
  return rankA - rankB || compareNames(a, b);
}

/** Code-unit order: identical on server and browser, unlike locale collation. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
