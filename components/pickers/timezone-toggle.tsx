"use client";

import { TimeZonePicker } from "./time-zone-picker";

/**
 * The header's zone control, kept under its old name for the layouts that place it: now any IANA zone
 * as well as Local and UTC (`TimeZonePicker`).
 */
export function TimezoneToggle() {
  return <TimeZonePicker />;
}
