import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = { title: "S2 metrics", robots: { index: false, follow: false } };

/**
 * Embeds share the root layout but none of its chrome: no page width, padding or minimum height (the
 * frame is as tall as its content). A single chart fills its frame as one flat panel (the portal's tile
 * is its card); a view keeps the dashboard's cards on its background; the transparent themes have no
 * background at all. Unlayered CSS beats Tailwind's layered utilities, so these win without `!important`; the transparent
 * rule is written `html:root` to outrank the dark palette's `:root.dark` as well.
 */
const CHROMELESS = `
html, body { min-height: 0; }
main:has(> [data-embed-root]) { max-width: none; margin: 0; padding: 0; }
html:has([data-embed-kind="chart"]:not([data-embed-theme^="transparent"])) { --bg: var(--surface); }
[data-embed-kind="chart"]:not([data-embed-theme^="transparent"]) section[data-set] { border-color: transparent; box-shadow: none; }
html:root:has([data-embed-theme^="transparent"]) { --bg: transparent; --surface: transparent; background: transparent; }
html:has([data-embed-theme^="transparent"]) body { background: transparent; }
`;

export default function EmbedFrameLayout({ children }: { children: ReactNode }) {
  return (
    <>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant stylesheet of ours, no user input */}
      <style dangerouslySetInnerHTML={{ __html: CHROMELESS }} />
      {children}
    </>
  );
}
