import type { SVGProps } from "react";

/**
 * The dashboard's small stroke icons, all drawn on one 16-unit grid at 14 px so they line up in
 * toolbars and menus (no icon package is installed; these are the few we need). Decorative only: the
 * control carrying an icon gives the accessible name.
 */
export function Icon(props: SVGProps<SVGSVGElement>) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      {...props}
    />
  );
}

export function CalendarIcon() {
  return (
    <Icon>
      <rect x="2.5" y="3.5" width="11" height="10" rx="1.5" />
      <path d="M2.5 6.5h11M5.5 2v3M10.5 2v3" />
    </Icon>
  );
}

export function ChevronDownIcon() {
  return (
    <Icon>
      <path d="m4.5 6.5 3.5 3.5 3.5-3.5" />
    </Icon>
  );
}

export function RefreshIcon() {
  return (
    <Icon>
      <path d="M13 8a5 5 0 1 1-1.5-3.57M13 2.5v2.5h-2.5" />
    </Icon>
  );
}

export function LinkIcon() {
  return (
    <Icon>
      <path d="M6.5 9.5a3 3 0 0 0 4.24 0l2-2a3 3 0 0 0-4.24-4.24l-.75.75M9.5 6.5a3 3 0 0 0-4.24 0l-2 2a3 3 0 0 0 4.24 4.24l.75-.75" />
    </Icon>
  );
}

export function CheckIcon() {
  return (
    <Icon>
      <path d="m3.5 8.5 3 3 6-7" />
    </Icon>
  );
}

/** Share's arrow-out-of-a-tray icon, for the Share menu and the per-chart embed action. */
export function ShareIcon() {
  return (
    <Icon>
      <path d="M8 10V2.5M5 5.5l3-3 3 3M3.5 8v4.5a1 1 0 0 0 1 1h7a1 1 0 0 0 1-1V8" />
    </Icon>
  );
}

export function DownloadIcon() {
  return (
    <Icon>
      <path d="M8 2.5V10M5 7l3 3 3-3M3.5 11v1.5a1 1 0 0 0 1 1h7a1 1 0 0 0 1-1V11" />
    </Icon>
  );
}

export function CopyIcon() {
  return (
    <Icon>
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
      <path d="M10.5 5.5V4a1.5 1.5 0 0 0-1.5-1.5H4A1.5 1.5 0 0 0 2.5 4v5A1.5 1.5 0 0 0 4 10.5h1.5" />
    </Icon>
  );
}

export function TableIcon() {
  return (
    <Icon>
      <rect x="2.5" y="3" width="11" height="10" rx="1.5" />
      <path d="M2.5 6.5h11M2.5 9.75h11M6.5 6.5V13" />
    </Icon>
  );
}

export function ChartIcon() {
  return (
    <Icon>
      <path d="M2.5 13.5h11M4.5 11V8M8 11V4.5M11.5 11V7" />
    </Icon>
  );
}

/** A magnifier with a minus: widen the range. */
export function ZoomOutIcon() {
  return (
    <Icon>
      <circle cx="7" cy="7" r="4.5" />
      <path d="M5 7h4M10.5 10.5 14 14" />
    </Icon>
  );
}

// The theme icons keep mitred joins: the moon's two horns are points, not blobs.
export function SunIcon() {
  return (
    <Icon strokeLinejoin="miter">
      <circle cx="8" cy="8" r="3" />
      <path d="M8 1.5v1.5M8 13v1.5M1.5 8H3M13 8h1.5M3.4 3.4l1 1M11.6 11.6l1 1M3.4 12.6l1-1M11.6 4.4l1-1" />
    </Icon>
  );
}

export function MoonIcon() {
  return (
    <Icon strokeLinejoin="miter">
      <path d="M13.5 9.5A5.5 5.5 0 0 1 6.5 2.5a5.5 5.5 0 1 0 7 7Z" />
    </Icon>
  );
}

export function MonitorIcon() {
  return (
    <Icon strokeLinejoin="miter">
      <rect x="2" y="3" width="12" height="8" rx="1.5" />
      <path d="M6 14h4M8 11v3" />
    </Icon>
  );
}
