import { THEME_BOOT_SCRIPT } from "./theme-preference";

/**
 * Sets the theme class on <html> before the first paint, so a dark-mode reader never sees a white
 * flash. Render it in the root layout's <head>, and give <html> `suppressHydrationWarning`, since the
 * class it adds is not in the server's HTML. `nonce` is this request's CSP nonce (proxy.ts).
 */
export function ThemeScript({ nonce }: { nonce: string | undefined }) {
  // The CSP allows inline scripts only by nonce (lib/security/content-security-policy.ts).
  // biome-ignore lint/security/noDangerouslySetInnerHtml: a constant script of ours, no user input
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />;
}
