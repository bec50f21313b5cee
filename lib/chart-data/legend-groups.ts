import type { SeriesFamily } from "./series-colors";

export interface LegendGroup<T> {
  /** The family's name as a heading, or null for no heading. */
  readonly label: string | null;
  readonly items: T[];
}

/**
 * A legend's entries under their operation family's name, for a chart that mixes families (account and
 * basin operations); runs of one family form one group, as entries arrive family by family
 * (`compareSeriesNames`). A chart with one family or none gets one group without a heading: its title
 * already says what the series are.
 */
export function legendGroups<T extends { readonly family?: SeriesFamily | null }>(
  items: readonly T[],
): LegendGroup<T>[] {
  const groups: { label: string | null; items: T[] }[] = [];
  for (const item of items) {
    const label = item.family?.label ?? null;
    const last = groups[groups.length - 1];
    if (last !== undefined && last.label === label) last.items.push(item);
    else groups.push({ label, items: [item] });
  }
  return groups.length > 1 ? groups : [{ label: null, items: [...items] }];
}
