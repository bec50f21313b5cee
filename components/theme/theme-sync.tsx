"use client";

import { useEffect } from "react";
import { applyTheme, readThemeChoice } from "./theme-preference";

/**
 * Re-applies the theme after React takes over the document. The boot script sets the class before
 * paint, but a page that React renders on the client from scratch (a not-found or error page) replaces
 * <html>'s attributes, and with them the class.
 */
export function ThemeSync() {
  useEffect(() => applyTheme(readThemeChoice()), []);
  return null;
}
