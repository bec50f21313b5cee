"use client";

import { useSyncExternalStore } from "react";
import { resolveTimeZone } from "@/lib/format/time-zone";
import type { TzChoice } from "@/lib/time-range/options";

const never = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
// The server cannot know the reader's zone; it renders UTC and the client switches right after
// hydration, which useSyncExternalStore does without a hydration mismatch.
const serverZone = () => "UTC";

/** The browser's IANA zone ("Europe/Paris"); "UTC" during server rendering and hydration. */
export function useLocalZone(): string {
  return useSyncExternalStore(never, browserZone, serverZone);
}

/**
 * The zone every time in the view is printed in, for the URL's `tz` choice. Always a named zone, so
 * the server and the hydrating client format identically.
 */
export function useViewZone(tz: TzChoice): string {
  const local = useLocalZone();
  return resolveTimeZone(tz, local) ?? local;
}
