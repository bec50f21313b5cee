import type { EmbedTheme } from "./embed-spec";

/** Which palette an embed draws with, from its theme and what it knows of its surroundings. */

export const COLOR_SCHEMES = ["light", "dark"] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

/**
 * `light`/`dark` and `transparent-light`/`transparent-dark` fix the scheme. `transparent` has no
 * background of its own, so its text must suit the portal's: the portal's word (`s2-embed:set-scheme`)
 * when it gave one, else the reader's system preference, which a portal that follows the system shares.
 */
export function embedScheme(
  theme: EmbedTheme,
  parentScheme: ColorScheme | null,
  systemPrefersDark: boolean,
): ColorScheme {
  switch (theme) {
    case "light":
    case "transparent-light":
      return "light";
    case "dark":
    case "transparent-dark":
      return "dark";
    case "transparent":
      return parentScheme ?? (systemPrefersDark ? "dark" : "light");
  }
}

/** Whether the theme draws no background (the portal's shows through). */
export function isTransparentTheme(theme: EmbedTheme): boolean {
  return theme.startsWith("transparent");
}
