/**
 * WCAG 2.x contrast, for checking the design tokens in app/globals.css: every text colour must reach
 * 4.5:1 (WCAG 1.4.3, normal text) on every background it is drawn on, in both themes.
 */

/** Relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (match === null) throw new Error(`not a #rrggbb colour: ${hex}`);
  const value = Number.parseInt(match[1] ?? "", 16);
  const channels = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = channels;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** `--name: #rrggbb;` declarations of one CSS block (the first block whose selector is `selector`). */
export function tokensOf(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no block ${selector}`);
  const body = css.slice(start, css.indexOf("}", start));
  const tokens: Record<string, string> = {};
  for (const m of body.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)) {
    if (m[1] !== undefined && m[2] !== undefined) tokens[m[1]] = m[2];
  }
  return tokens;
}

/** Text tokens and the backgrounds each is drawn on in the app (note and danger text sit on their soft fills). */
export const TEXT_PAIRS: readonly (readonly [text: string, backgrounds: readonly string[]])[] = [
  ["fg", ["bg", "surface", "surface-muted", "surface-raised"]],
  ["fg-muted", ["bg", "surface", "surface-muted", "surface-raised"]],
  ["fg-subtle", ["bg", "surface", "surface-muted", "surface-raised"]],
  ["accent", ["bg", "surface", "surface-raised"]],
  ["accent-fg", ["accent"]],
  ["danger", ["surface", "danger-soft"]],
  ["note", ["surface", "note-soft"]],
  ["chart-axis", ["surface"]],
];

export interface ContrastFinding {
  readonly text: string;
  readonly background: string;
  readonly ratio: number;
}

/** Every text/background pair of a theme below `minimum`. */
export function lowContrastPairs(tokens: Record<string, string>, minimum = 4.5): ContrastFinding[] {
  const findings: ContrastFinding[] = [];
  for (const [text, backgrounds] of TEXT_PAIRS) {
    for (const background of backgrounds) {
      const fg = tokens[text];
      const bg = tokens[background];
      if (fg === undefined || bg === undefined) throw new Error(`missing token --${text} or --${background}`);
      const ratio = contrastRatio(fg, bg);
      if (ratio < minimum) findings.push({ text, background, ratio: Math.round(ratio * 100) / 100 });
    }
  }
  return findings;
}
