/** Palette slots; the colours themselves are CSS variables `--chart-1`..`--chart-8` set by the theme. */
export const CHART_PALETTE_SIZE = 8;

/** The CSS colour for a palette slot (0-based). */
export function paletteColor(slot: number): string {
  return `var(--chart-${(slot % CHART_PALETTE_SIZE) + 1})`;
}

/**
 * The palette slot a series name hashes to (FNV-1a over UTF-16 units). Series names are not published
 * by S2, so colour comes from the name itself rather than from any list of known names: the same name
 * gets the same colour in every chart and on every reload.
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
 * Colours for the series of one chart, aligned with `names`. Each name gets its hashed slot unless a
 * name sorting before it already took that slot, in which case the next free slot is used, so two
 * series on one chart never share a colour (up to 8 series) and the result does not depend on the
 * order the response listed them in. Beyond 8 series colours repeat.
 */
export function assignSeriesColors(names: readonly string[]): string[] {
  const order = names
    .map((name, index) => ({ name, index }))
    .sort((a, b) => compareNames(a.name, b.name) || a.index - b.index);
  const taken = new Set<number>();
  const colors: string[] = new Array(names.length);
  for (const { name, index } of order) {
    let slot = preferredColorSlot(name);
    if (taken.size < CHART_PALETTE_SIZE) {
      while (taken.has(slot)) slot = (slot + 1) % CHART_PALETTE_SIZE;
    }
    taken.add(slot);
    colors[index] = paletteColor(slot);
  }
  return colors;
}

/** Code-unit order: identical on server and browser, unlike locale collation. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
