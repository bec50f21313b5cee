import type { ColorScheme } from "@/lib/embed/embed-scheme";
import type { EmbedTheme } from "@/lib/embed/embed-spec";

/**
 * An embed's palette is the token's theme (or the parent's), never the reader's stored choice. The
 * transparent themes draw no background (app/embed/(frame)/layout.tsx keys that on `data-embed-theme`);
 * which palette their text uses is `embedScheme`'s decision.
 */
export function applyEmbedScheme(scheme: ColorScheme): void {
  const root = document.documentElement;
  root.classList.toggle("dark", scheme === "dark");
  root.style.colorScheme = scheme;
}

/**
 * The same, as a script run before first paint, so a dark embed never flashes white. `transparent`
 * starts from the system's scheme (the parent may correct it once the frame is up); keep in step with
 * `embedScheme`.
 */
export function embedThemeBootScript(theme: EmbedTheme): string {
  const dark =
    theme === "dark" || theme === "transparent-dark"
      ? "true"
      : theme === "transparent"
        ? 'window.matchMedia("(prefers-color-scheme: dark)").matches'
        : "false";
  return `(function(){var d=${dark};var e=document.documentElement;e.classList.toggle("dark",d);e.style.colorScheme=d?"dark":"light";})();`;
}
