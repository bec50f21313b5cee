import { applyTheme } from "@/components/theme/theme-preference";
import type { EmbedTheme } from "@/lib/embed/embed-spec";

/**
 * An embed's theme is the token's (or the parent's), never the reader's stored choice. Dark is the
 * dashboard's dark palette; light and transparent use the light one, transparent without backgrounds
 * (app/embed/(frame)/layout.tsx keys that on `data-embed-theme`).
 */
export function applyEmbedTheme(theme: EmbedTheme): void {
  applyTheme(theme === "dark" ? "dark" : "light");
}

/** The same, as a script run before first paint, so a dark embed never flashes white. */
export function embedThemeBootScript(theme: EmbedTheme): string {
  const dark = theme === "dark";
  return `(function(){var e=document.documentElement;e.classList.toggle("dark",${dark});e.style.colorScheme="${dark ? "dark" : "light"}";})();`;
}
